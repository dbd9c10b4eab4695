package nl.mediaprotocol.screening;

import java.util.List;

/**
 * What screening a post found, in text order, with the verdict they add up to.
 */
public record ScreeningResult(Verdict verdict, List<Finding> findings) {

	static ScreeningResult of(List<Finding> findings) {
		return new ScreeningResult(Verdict.of(findings.stream().map(Finding::severity).toList()),
				List.copyOf(findings));
	}

}
