package nl.mediaprotocol.screening;

import java.util.List;

/**
 * What screening a photo found, with the number of faces in it.
 */
public record PhotoResult(Verdict verdict, List<PhotoFinding> findings, int faces, int width, int height) {

	static PhotoResult of(List<PhotoFinding> findings, int width, int height) {
		int faces = (int) findings.stream().filter(finding -> finding.type() == FindingType.FACE).count();
		return new PhotoResult(Verdict.of(findings.stream().map(PhotoFinding::severity).toList()),
				List.copyOf(findings), faces, width, height);
	}

}
