package nl.mediaprotocol.screening;

import java.util.Arrays;
import java.util.List;

import nl.mediaprotocol.screening.UnreadableImage.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoScreenerTests {

	static FaceDetector faces;

	static PhotoScreener screener;

	@BeforeAll
	static void loadOpenCv() {
		faces = FaceDetector.load();
		screener = new PhotoScreener(50_000_000L, () -> faces);
	}

	private static List<FindingType> types(PhotoResult result) {
		return result.findings().stream().map(PhotoFinding::type).toList();
	}

	@Test
	void aGpsPositionBlocksThePhoto() {
		byte[] photo = Photos.withExif(Photos.jpeg(200, 100), "Juf Sanne", new int[] { 51, 26, 30 },
				new int[] { 5, 28, 40 }, 1);

		PhotoResult result = screener.screen(photo);

		assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(result.findings()).filteredOn(finding -> finding.type() == FindingType.GPS_POSITION)
			.singleElement()
			.satisfies(gps -> assertThat(gps.detail()).isEqualTo("51.44167, 5.47778"));
		assertThat(types(result)).contains(FindingType.PHOTO_METADATA);
	}

	@Test
	void aPlainPictureWithoutPeopleIsOk() {
		PhotoResult result = screener.screen(Photos.jpeg(300, 200));

		assertThat(result.findings()).isEmpty();
		assertThat(result.verdict()).isEqualTo(Verdict.OK);
		assertThat(result.width()).isEqualTo(300);
	}

	@Test
	void facesAreCountedWithTheirBoxes() {
		PhotoResult result = screener.screen(Photos.astronaut());

		assertThat(result.faces()).isEqualTo(1);
		PhotoFinding face = result.findings().get(0);
		assertThat(face.article()).isEqualTo("3.1.6");
		assertThat(face.box()).isNotNull();
		// the astronaut's face is in the upper middle of the picture
		assertThat(face.box().x()).isBetween(100, 220);
		assertThat(face.box().y()).isBetween(20, 140);
	}

	@Test
	void metadataIsRemovedAndThePictureStaysTheSame() throws Exception {
		byte[] photo = Photos.withExif(Photos.jpeg(200, 100), "Juf Sanne", new int[] { 51, 26, 30 },
				new int[] { 5, 28, 40 }, 1);

		byte[] clean = screener.withoutMetadata(photo);

		assertThat(screener.screen(clean).findings()).isEmpty();
		assertThat(new String(clean, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Juf Sanne")
			.doesNotContain("Exif");
		java.awt.image.BufferedImage before = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo));
		java.awt.image.BufferedImage after = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(clean));
		assertThat(after.getWidth()).isEqualTo(200);
		assertThat(after.getHeight()).isEqualTo(100);
		assertThat(meanDifference(before, after)).isLessThan(3.0);
	}

	@Test
	void aPhotoTakenSidewaysIsTurnedUprightWhenItsMetadataGoes() {
		byte[] photo = Photos.withExif(Photos.jpeg(200, 100), "x", new int[] { 0, 0, 0 }, new int[] { 0, 0, 0 }, 6);

		PhotoResult clean = screener.screen(screener.withoutMetadata(photo));

		assertThat(clean.width()).isEqualTo(100);
		assertThat(clean.height()).isEqualTo(200);
	}

	@Test
	void aDecompressionBombIsRefusedBeforeDecoding() {
		PhotoResult result = screener.screen(Photos.decompressionBomb());

		assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(result.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.type()).isEqualTo(FindingType.UNREADABLE_IMAGE);
			assertThat(finding.detail()).startsWith("TOO_LARGE");
		});
		assertThatExceptionOfType(UnreadableImage.class)
			.isThrownBy(() -> screener.withoutMetadata(Photos.decompressionBomb()))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.TOO_LARGE));
	}

	@Test
	void aTruncatedFileIsAFindingNotAnException() {
		byte[] photo = Photos.astronaut();
		byte[] truncated = Arrays.copyOf(photo, photo.length / 2);

		PhotoResult result = screener.screen(truncated);

		assertThat(types(result)).containsExactly(FindingType.UNREADABLE_IMAGE);
		assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
	}

	@Test
	void textWithAnImageNameIsNoImage() {
		PhotoResult result = screener.screen("<html>dit is geen foto</html>".getBytes());

		assertThat(result.findings()).singleElement()
			.satisfies(finding -> assertThat(finding.detail()).startsWith("NOT_AN_IMAGE"));
		assertThat(screener.screen(new byte[0]).verdict()).isEqualTo(Verdict.BLOCK);
	}

	private static double meanDifference(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
		long total = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				total += Math.abs(((p >> 16) & 255) - ((q >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((q >> 8) & 255))
						+ Math.abs((p & 255) - (q & 255));
			}
		}
		return total / (3.0 * a.getWidth() * a.getHeight());
	}

}
