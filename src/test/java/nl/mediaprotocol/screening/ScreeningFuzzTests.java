package nl.mediaprotocol.screening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.mediaprotocol.Fuzz;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening engine on mangled posts, and the photo checks on mangled files. */
class ScreeningFuzzTests {

	@Test
	void aMangledPostIsScreenedWithFindingsInsideTheText() {
		Fuzz.run("text screening", Fuzz.utf8(
				"Bel me op 06-12345678 of mail noah.vermeulen@gmail.com, IBAN NL91ABNA0417164300, BSN 111222333.",
				"Noah Vermeulen uit groep 7 is jarig! Postcode 5612 AB, kenteken 12-ABC-3, geboren 12-03-2017.",
				"Ik werk als leerkracht bij SSOE. Op persoonlijke titel: wat een k4nker beleid. Zie artikel 3.1.6.",
				"Mixed English: call +31 6 1234 5678 or visit https://instagram.com/noah.v"), Fuzz.iterations(500),
				Set.of(), input -> {
					String text = new String(input, StandardCharsets.UTF_8);
					for (Post post : List.of(Post.of(text), Post.personal(text))) {
						ScreeningResult result = ScreeningFixtures.SCREENER.screen(post);
						assertThat(result.findings()).allSatisfy(finding -> {
							assertThat(finding.start()).isBetween(0, text.length());
							assertThat(finding.end()).isBetween(finding.start(), text.length());
						});
					}
				});
	}

	@Test
	void aMangledPhotoIsScreenedOrRefusedAsUnreadableNeverThrownOrHung() throws Exception {
		PhotoScreener screener = new PhotoScreener(50_000_000L, () -> null);
		Fuzz.run("photo screening",
				List.of(Photos.jpeg(120, 80), Photos.encode(
						new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB), "png")),
				Fuzz.iterations(60), Set.of(UnreadableImage.class), input -> {
					screener.screen(input);
					screener.withoutMetadata(input);
				});
	}

}
