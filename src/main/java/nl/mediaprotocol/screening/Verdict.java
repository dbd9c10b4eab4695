package nl.mediaprotocol.screening;

import java.util.Collection;

/**
 * The worst severity among a post's findings, or {@code OK} when there are none.
 */
public enum Verdict {

	OK, WARN, BLOCK;

	static Verdict of(Collection<Severity> severities) {
		Verdict verdict = OK;
		for (Severity severity : severities) {
			Verdict found = severity == Severity.BLOCK ? BLOCK : WARN;
			if (found.compareTo(verdict) > 0) {
				verdict = found;
			}
		}
		return verdict;
	}

}
