package nl.mediaprotocol.screening;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.mediaprotocol.screening.PhotoFinding.Box;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Screening for integrations and the editor: staff check a post or photo before they
 * publish it. Messages come in the caller's language, Dutch unless asked otherwise.
 */
@RestController
@RequestMapping("/api/v1/screening")
@PreAuthorize("hasAnyRole('BEHEERDER','BESTUURDER','DIRECTEUR','TEAMLEIDER','LEERKRACHT','MEDEWERKER','COMMUNICATIE','ZORG','ICT','FG')")
class ScreeningApiController {

	private final Screening screening;

	private final MessageSource messages;

	ScreeningApiController(Screening screening, MessageSource messages) {
		this.screening = screening;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ScreeningResponse screen(@Valid @RequestBody ScreeningRequest request, Locale locale) {
		ScreeningResult result = this.screening
			.screen(new Post(request.text(), Boolean.TRUE.equals(request.personal()), request.channel()));
		return new ScreeningResponse(result.verdict(), result.findings()
			.stream()
			.map(finding -> new FindingResource(finding.type(), finding.severity(), finding.start(), finding.end(),
					finding.text(), finding.article(), message(finding.messageKey(), locale), finding.category()))
			.toList());
	}

	@PostMapping(path = "/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PhotoResponse photo(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
		PhotoResult result = this.screening.screen(file.getBytes());
		return new PhotoResponse(result.verdict(), result.faces(),
				result.findings()
					.stream()
					.map(finding -> new PhotoFindingResource(finding.type(), finding.severity(), finding.article(),
							message(finding.type().messageKey(), locale), finding.detail(), finding.box()))
					.toList());
	}

	/** The photo without its metadata, for publishing. */
	@PostMapping(path = "/photo/clean", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> clean(@RequestParam("file") MultipartFile file) throws IOException {
		byte[] clean = this.screening.withoutMetadata(file.getBytes());
		boolean png = clean.length > 4 && clean[1] == 'P' && clean[2] == 'N' && clean[3] == 'G';
		return ResponseEntity.ok().contentType(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG).body(clean);
	}

	@ExceptionHandler(UnreadableImage.class)
	ProblemDetail unreadable(UnreadableImage ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				message(FindingType.UNREADABLE_IMAGE.messageKey(), locale));
		problem.setProperty("problem", ex.problem());
		return problem;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A post to screen. */
	record ScreeningRequest(@NotNull @Size(max = 100_000) String text, @Nullable Boolean personal,
			@Nullable String channel) {
	}

	record ScreeningResponse(Verdict verdict, List<FindingResource> findings) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FindingResource(FindingType type, Severity severity, int start, int end, String text, String article,
			String message, @Nullable String category) {
	}

	record PhotoResponse(Verdict verdict, int faces, List<PhotoFindingResource> findings) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PhotoFindingResource(FindingType type, Severity severity, String article, String message, String detail,
			@Nullable Box box) {
	}

}
