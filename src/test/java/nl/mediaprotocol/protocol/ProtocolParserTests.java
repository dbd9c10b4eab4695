package nl.mediaprotocol.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.mediaprotocol.protocol.ParsedProtocol.Adoption;
import nl.mediaprotocol.protocol.ParsedProtocol.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProtocolParserTests {

	static final Path SSOE = Path.of("../shared/protocol/protocol-social-media-ssoe.txt");

	static String ssoe() throws IOException {
		return Files.readString(SSOE, StandardCharsets.UTF_8);
	}

	@Test
	void parsesEveryNumberedArticleOfTheSsoeProtocol() throws Exception {
		String text = ssoe();
		// counted from the file itself: numbered lines in sentence case are articles,
		// headings are in capitals
		long numberedLines = text.lines()
			.map(String::strip)
			.filter(line -> line.matches("\\d{1,2}\\.\\s+.*\\p{Ll}.*"))
			.count();

		ParsedProtocol protocol = ProtocolParser.parse(text);

		assertThat(protocol.articles()).hasSize((int) numberedLines).hasSize(36);
		assertThat(protocol.articles()).extracting(Article::number)
			.startsWith("1.1", "1.2")
			.contains("1.6", "2.2", "3.1.1", "3.1.6", "3.1.11", "3.2.5", "3.3.5", "4.2")
			.endsWith("4.5");
	}

	@Test
	void keepsTheTextOfEachArticle() throws Exception {
		ParsedProtocol protocol = ProtocolParser.parse(ssoe());

		assertThat(article(protocol, "3.1.6").text()).startsWith("Wanneer SSOE foto-, film- en geluidsopnamen plaatst")
			.endsWith("(ook aan leerlingen vanaf 16 jaar).");
		assertThat(article(protocol, "4.2").text()).contains("Landelijke Vertrouwensinspecteur (0900 – 1113111)");
		assertThat(article(protocol, "4.3").text()).as("the list item on the next page belongs to 4.3")
			.contains("variëren van waarschuwing,\n- schorsing, berisping, ontslag en ontslag op staande voet.");
		assertThat(article(protocol, "4.5").text()).startsWith("Wanneer uitingen of gedragingen");
	}

	@Test
	void readsChaptersSectionsIntroductionAndClosing() throws Exception {
		ParsedProtocol protocol = ProtocolParser.parse(ssoe());

		assertThat(protocol.title()).isEqualTo("PROTOCOL SOCIAL MEDIA");
		assertThat(protocol.parts()).extracting(ParsedProtocol.Part::number)
			.containsExactly("1", "2", "3", "3.1", "3.2", "3.3", "4");
		assertThat(protocol.introduction()).startsWith("Sociale media vormen een verzamelbegrip");
		assertThat(protocol.closing()).startsWith("Dit protocol is in het kader");
	}

	@Test
	void readsTheAdoptionRecords() throws Exception {
		ParsedProtocol protocol = ProtocolParser.parse(ssoe());

		assertThat(protocol.adoptions()).containsExactly(
				new Adoption("Directeurenberaad", LocalDate.of(2023, 3, 21), null),
				new Adoption("GMR", LocalDate.of(2024, 6, 12), "in combinatie met Integriteitscode SSOE"));
	}

	@Test
	void refusesATextWithoutNumberedArticles() {
		assertThatExceptionOfType(UnparseableProtocol.class)
			.isThrownBy(() -> ProtocolParser.parse("PROTOCOL\n\nZomaar wat tekst.\n"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.noArticles"));
		assertThatExceptionOfType(UnparseableProtocol.class).isThrownBy(() -> ProtocolParser.parse("  \n"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.empty"));
	}

	@Test
	void refusesAMissingArticleNumberWithItsLine() {
		String text = "1. UITGANGSPUNTEN\n\n1. Eerste regel.\n2. Tweede regel.\n4. Vierde regel.\n";

		assertThatExceptionOfType(UnparseableProtocol.class).isThrownBy(() -> ProtocolParser.parse(text))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("protocol.parse.articleOutOfOrder");
				assertThat(ex.args()).containsExactly(5, "1.4", "1.3");
			});
	}

	@Test
	void refusesChaptersOutOfOrderAndTextAfterTheClosing() {
		assertThatExceptionOfType(UnparseableProtocol.class)
			.isThrownBy(() -> ProtocolParser.parse("1. EEN\n1. Regel.\n3. DRIE\n1. Regel.\n"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.chapterOutOfOrder"));
		assertThatExceptionOfType(UnparseableProtocol.class)
			.isThrownBy(() -> ProtocolParser.parse("1. EEN\n1. Regel.\nSlotwoord.\n2. TWEE\n1. Regel.\n"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.looseText"));
	}

	@Test
	void refusesATableOfContentsThatNamesAMissingChapter() {
		String text = "INHOUDSOPGAVE\n\n1. EEN\t2\n2. TWEE\t3\n\n1. EEN\n\n1. Regel.\n";

		assertThatExceptionOfType(UnparseableProtocol.class).isThrownBy(() -> ProtocolParser.parse(text))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.tocMismatch"));
	}

	private static Article article(ParsedProtocol protocol, String number) {
		return protocol.articles().stream().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
	}

}
