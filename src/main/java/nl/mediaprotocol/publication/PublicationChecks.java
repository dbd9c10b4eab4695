package nl.mediaprotocol.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mediaprotocol.consent.ConsentDecision;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.screening.Finding;
import nl.mediaprotocol.screening.Post;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.Severity;
import nl.mediaprotocol.screening.Verdict;
import org.springframework.stereotype.Component;

/**
 * The automatic checks a post goes through on every save, at submission, at approval and
 * at publication: the screening of its text, the consent of every tagged person for every
 * chosen channel and medium (3.1.6), and faces on photos that nobody was tagged for.
 */
@Component
class PublicationChecks {

	private final Screening screening;

	private final ConsentRegister consent;

	private final Directory directory;

	PublicationChecks(Screening screening, ConsentRegister consent, Directory directory) {
		this.screening = screening;
		this.consent = consent;
		this.directory = directory;
	}

	/** An attachment as the checks see it. */
	record Attachment(String medium, String fileName, int untaggedFaces, Collection<String> tagged) {
	}

	CheckResult check(String text, boolean personal, List<Channel> channels, List<Attachment> attachments, Instant at) {
		List<CheckFinding> everywhere = new ArrayList<>();
		String platform = channels.isEmpty() ? null : channels.getFirst().platform().toLowerCase(Locale.ROOT);
		if (!text.isBlank()) {
			for (Finding finding : this.screening.screen(new Post(text, personal, platform)).findings()) {
				everywhere.add(new CheckFinding(finding.type().name(), finding.severity(), finding.article(),
						finding.messageKey(), List.of(), finding.start(), finding.end(), finding.text(),
						finding.category(), null, null, null));
			}
		}
		for (Attachment attachment : attachments) {
			if (attachment.untaggedFaces() > 0) {
				// 3.1.6: everyone shown needs consent, so everyone shown must be known
				everywhere.add(new CheckFinding("FACES_UNTAGGED", Severity.BLOCK, "3.1.6",
						"publication.check.facesUntagged", List.of(attachment.fileName(), attachment.untaggedFaces()),
						null, null, attachment.fileName(), null, null, null, attachment.medium()));
			}
		}
		List<CheckFinding> findings = new ArrayList<>(everywhere);
		Map<String, String> names = new java.util.HashMap<>();
		this.directory
			.facts(attachments.stream().flatMap(attachment -> attachment.tagged().stream()).distinct().toList())
			.forEach(person -> names.put(person.ref(), person.displayName()));
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (Channel channel : channels) {
			List<CheckFinding> forChannel = new ArrayList<>(everywhere);
			for (Attachment attachment : attachments) {
				Medium medium = Medium.valueOf(attachment.medium());
				for (String ref : attachment.tagged()) {
					ConsentDecision decision = this.consent.decision(ref, channel.consentPurpose(), medium, at);
					if (!decision.allowed()) {
						CheckFinding missing = new CheckFinding("CONSENT_MISSING", Severity.BLOCK, "3.1.6",
								"publication.check.consentMissing",
								List.of(names.getOrDefault(ref, ref), channel.name()), null, null,
								attachment.fileName(), decision.reason().name(), channel.code(), ref, medium.name());
						forChannel.add(missing);
						findings.add(missing);
					}
				}
			}
			verdicts.put(channel.code(), verdictOf(forChannel));
		}
		return new CheckResult(List.copyOf(findings), verdicts);
	}

	private static Verdict verdictOf(List<CheckFinding> findings) {
		if (findings.stream().anyMatch(CheckFinding::blocks)) {
			return Verdict.BLOCK;
		}
		return findings.isEmpty() ? Verdict.OK : Verdict.WARN;
	}

}
