package nl.mediaprotocol.consent;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The consent register for the publication review and a school website's content system.
 */
@RestController
@RequestMapping("/api/v1/consent")
class ConsentApiController {

	private final ConsentRegister register;

	private final Scans scans;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	ConsentApiController(ConsentRegister register, Scans scans, Directory directory, MessageSource messages,
			Clock clock) {
		this.register = register;
		this.scans = scans;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/purposes")
	List<PurposeResource> purposes(Locale locale) {
		return this.register.purposes()
			.stream()
			.map(purpose -> new PurposeResource(purpose.code(), purpose.name(locale), purpose.active(),
					purpose.currentText().version(), purpose.currentText().text()))
			.toList();
	}

	/**
	 * May this person appear for this purpose in this medium, now or at a moment
	 * ({@code at}: an ISO date-time, with an offset or in the board's time zone)?
	 */
	@GetMapping("/decision")
	ConsentDecision decision(@AuthenticationPrincipal CurrentUser caller, @RequestParam String ref,
			@RequestParam String purpose, @RequestParam Medium medium,
			@RequestParam(required = false) @Nullable String at) {
		if (!this.directory.sees(caller, ref)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + ref);
		}
		return this.register.decision(ref, purpose, medium, at == null ? this.clock.instant() : moment(at));
	}

	@PostMapping("/decisions")
	ResponseEntity<DecisionRecorded> record(@AuthenticationPrincipal CurrentUser caller,
			@Valid @RequestBody DecisionBody body) {
		long id = this.register.record(new ConsentRegister.DecisionRequest(body.ref(), body.purpose(), body.medium(),
				body.granted(), body.decidedByRef(), body.method(), body.scanId()), caller);
		ConsentDecision now = this.register.decision(body.ref(), body.purpose(), body.medium());
		return ResponseEntity.created(URI.create("/api/v1/consent/decision?ref=" + body.ref() + "&purpose="
				+ body.purpose() + "&medium=" + body.medium()))
			.body(new DecisionRecorded(id, now));
	}

	/** Uploads the scan of a signed paper form; its id goes with the PAPER decisions. */
	@PostMapping("/scans")
	ResponseEntity<ScanUploaded> scan(@AuthenticationPrincipal CurrentUser caller, @RequestParam String ref,
			@RequestPart MultipartFile file) throws IOException {
		long id = this.scans.store(ref, file, caller);
		return ResponseEntity.status(HttpStatus.CREATED).body(new ScanUploaded(id));
	}

	@ExceptionHandler(ConsentRefused.class)
	ProblemDetail refused(ConsentRefused ex) {
		HttpStatus status = switch (ex.reason()) {
			case NOT_YOUR_DECISION, PAPER_NEEDS_STAFF -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages
			.getMessage("consent.refused." + ex.reason(), null, ex.reason().name(), LocaleContextHolder.getLocale()));
		problem.setProperty("code", ex.reason().name());
		return problem;
	}

	private Instant moment(String at) {
		try {
			return OffsetDateTime.parse(at).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				return LocalDateTime.parse(at).atZone(this.clock.getZone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"at must be an ISO date-time, such as 2026-11-24T10:00:00+01:00");
			}
		}
	}

	record DecisionBody(@NotBlank String ref, @NotBlank String purpose, @NotNull Medium medium,
			@NotNull Boolean granted, @NotBlank String decidedByRef, @NotNull DecisionMethod method,
			@Nullable Long scanId) {
	}

	record DecisionRecorded(long id, ConsentDecision decision) {
	}

	record ScanUploaded(long id) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PurposeResource(String code, String name, boolean active, int textVersion, String text) {
	}

}
