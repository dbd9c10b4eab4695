package nl.mediaprotocol.screening;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class LexiconTests {

	private static Lexicon load(String text) {
		return Lexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aBoardsOwnLexiconIsDataWithItsCategoriesSeveritiesAndArticles() {
		Lexicon lexicon = load("""
				# our own words
				[insult] WARN 3.1.9
				suffie*
				!suffiebus
				[threat] BLOCK 3.1.9
				ik pak je
				""");

		assertThat(lexicon.size()).isEqualTo(2);
		assertThat(lexicon.find("Jij suffierd, ik pak je! De suffiebus rijdt."))
			.extracting(Finding::text, Finding::category, Finding::severity)
			.containsExactly(tuple("suffierd", "insult", Severity.WARN), tuple("ik pak je", "threat", Severity.BLOCK));
	}

	@Test
	void aMalformedLexiconStopsTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("kanker*\n")).withMessageContaining("before any");
		assertThatIllegalArgumentException().isThrownBy(() -> load("[insult]\nkanker\n"))
			.withMessageContaining("[category] SEVERITY article");
		assertThatIllegalArgumentException().isThrownBy(() -> load("# nothing\n")).withMessageContaining("no terms");
	}

	@Test
	void theDutchLexiconCoversEveryCategoryOfArticle319() {
		assertThat(Lexicon.dutch().categories()).extracting(Lexicon.Category::name)
			.containsExactly("insult", "threat", "sexual", "discrimination", "radicalisation");
		assertThat(Lexicon.dutch().size()).isGreaterThan(150);
	}

	@Test
	void theDutchLexiconKnowsShortInsultsThreatsInEitherWordOrderAndAntisemiticExpressions() {
		assertThat(Lexicon.dutch()
			.find("Wat een kk school. Dan sla ik hem in elkaar, ik maak je kapot. Die jodenstreek van de gemeente."))
			.extracting(Finding::text, Finding::category)
			.containsExactly(tuple("kk", "insult"), tuple("sla ik hem in elkaar", "threat"),
					tuple("ik maak je kapot", "threat"), tuple("jodenstreek", "discrimination"));
		assertThat(Lexicon.dutch().find("Het speelgoed is kapot, ik maak je lunch. De kkm is dicht.")).isEmpty();
	}

	@Test
	void medicalWordsThatStartWithKankerAreNoInsult() {
		assertThat(Lexicon.dutch()
			.find("Ze werkt bij het kankerinstituut, doet kankeronderzoeken naar kankerverwekkende stoffen")).isEmpty();
		assertThat(Lexicon.dutch().find("De kanker leraar en die kankerlijers")).hasSize(2);
	}

	@Test
	void aLineWithAlternativesStandsForEveryCombination() {
		assertThat(Lexicon.alternatives("(lui|luie) (turk|turken)", 1)).containsExactly("lui turk", "lui turken",
				"luie turk", "luie turken");
		assertThat(Lexicon.alternatives("ben je (zo |)dood", 1)).containsExactly("ben je zo dood", "ben je dood");
		Lexicon lexicon = load("""
				[insult] BLOCK 3.1.9
				(stomme|domme) (suffie|suffies)
				!(stomme|domme) suffie van de week
				""");
		assertThat(lexicon.size()).isEqualTo(4);
		assertThat(lexicon.find("Jij domme suffies. De stomme suffie van de week is geweest."))
			.extracting(Finding::text)
			.containsExactly("domme suffies");
		assertThatIllegalArgumentException().isThrownBy(() -> load("[insult] BLOCK 3.1.9\n(a|(b|c))\n"))
			.withMessageContaining("line 2");
	}

	@Test
	void theDutchLexiconKnowsCompoundCursesThreatPhrasesCoercionAndDiscriminationByOrigin() {
		assertThat(Lexicon.dutch()
			.find("Kutjoch, ik ga je na school kapot slaan. Stuur me nudes anders zet ik je foto online. "
					+ "Luie Polen, vieze aap, you're so gay, jij bent echt spastisch."))
			.extracting(Finding::category)
			.containsExactly("insult", "threat", "sexual", "sexual", "discrimination", "insult", "insult", "insult");
	}

	@Test
	void englishCoercionDiscriminationAndASlurInLeetspeak() {
		assertThat(Lexicon.dutch().find("Send them or I'll leak your pics. Filthy immigrants. Yo n1gg@"))
			.extracting(Finding::category)
			.containsExactly("sexual", "discrimination", "discrimination");
	}

	@Test
	void swearingAboutAThingIsNoInsultOfAPerson() {
		assertThat(Lexicon.dutch().find("Die rekentoets was echt kut moeilijk en het weer is kutweer")).isEmpty();
		assertThat(Lexicon.dutch().find("Wat een kut")).hasSize(1);
		assertThat(Lexicon.dutch().find("Zwarte Piet en Sinterklaas komen, de pijpen van het orgel spelen")).isEmpty();
	}

}
