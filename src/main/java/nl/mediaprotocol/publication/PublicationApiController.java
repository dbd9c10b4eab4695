package nl.mediaprotocol.publication;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.screening.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The checks of the publication review for other systems. */
@RestController
@RequestMapping("/api/v1/publications")
class PublicationApiController {

	private final PublicationChecks checks;

	private final Channels channels;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	PublicationApiController(PublicationChecks checks, Channels channels, Directory directory, MessageSource messages,
			Clock clock) {
		this.checks = checks;
		this.channels = channels;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The combined verdict and findings of screening and consent for a draft, with the
	 * verdict per channel.
	 */
	@PostMapping("/check")
	CheckResponse check(@AuthenticationPrincipal CurrentUser caller, @Valid @RequestBody CheckRequest request,
			Locale locale) {
		List<String> codes = request.channels() == null ? List.of() : request.channels();
		List<Channel> targets = codes.stream()
			.map(code -> this.channels.byCode(code)
				.orElseThrow(
						() -> new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown channel " + code)))
			.toList();
		List<String> tagged = request.taggedRefs() == null ? List.of() : request.taggedRefs();
		for (String ref : tagged) {
			if (!this.directory.sees(caller, ref)) {
				throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown person " + ref);
			}
		}
		Medium medium = request.medium() == null ? Medium.PHOTO : request.medium();
		List<PublicationChecks.Attachment> attachments = tagged.isEmpty() ? List.of()
				: List.of(new PublicationChecks.Attachment(medium.name(), "", 0, tagged));
		CheckResult result = this.checks.check(request.text() == null ? "" : request.text(),
				Boolean.TRUE.equals(request.personal()), targets, attachments, this.clock.instant());
		return new CheckResponse(result.verdict(), result.channels(),
				result.findings()
					.stream()
					.map(finding -> new FindingResource(finding.type(), finding.severity().name(), finding.start(),
							finding.end(), finding.text(), finding.article(),
							this.messages.getMessage(finding.messageKey(), finding.messageArgs().toArray(),
									finding.messageKey(), locale),
							finding.category(), finding.channel(), finding.ref(), finding.medium()))
					.toList());
	}

	record CheckRequest(@Size(max = 10000) @Nullable String text, @Nullable List<String> channels,
			@Nullable Boolean personal, @Nullable List<String> taggedRefs, @Nullable Medium medium) {
	}

	record CheckResponse(Verdict verdict, Map<String, Verdict> channels, List<FindingResource> findings) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FindingResource(String type, String severity, @Nullable Integer start, @Nullable Integer end,
			@Nullable String text, String article, String message, @Nullable String category, @Nullable String channel,
			@Nullable String ref, @Nullable String medium) {
	}

}
