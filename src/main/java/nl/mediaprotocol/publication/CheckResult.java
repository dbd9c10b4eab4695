package nl.mediaprotocol.publication;

import java.util.List;
import java.util.Map;

import nl.mediaprotocol.screening.Severity;
import nl.mediaprotocol.screening.Verdict;

/**
 * What the automatic checks found, with the verdict per channel: a post can be blocked
 * for Instagram and fine for the parent portal.
 */
record CheckResult(List<CheckFinding> findings, Map<String, Verdict> channels) {

	Verdict verdict() {
		if (this.findings.stream().anyMatch(CheckFinding::blocks)) {
			return Verdict.BLOCK;
		}
		return this.findings.isEmpty() ? Verdict.OK : Verdict.WARN;
	}

	Verdict verdictFor(String channel) {
		return this.channels.getOrDefault(channel, verdict());
	}

	boolean hasWarnings() {
		return this.findings.stream().anyMatch(finding -> finding.severity() == Severity.WARN);
	}

}
