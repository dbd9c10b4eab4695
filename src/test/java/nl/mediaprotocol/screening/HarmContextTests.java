package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HarmContextTests {

	private static List<Finding> harm(String text) {
		return ScreeningFixtures.SCREENER.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == FindingType.HARMFUL_CONTENT)
			.toList();
	}

	@Test
	void anInsultAnAdultIsReportedToHaveUsedIsAMentionButOneAimedAtSomeoneIsNot() {
		assertThat(harm("De buschauffeur noemde mijn zoon een debiel, dat kan echt niet")).isEmpty();
		assertThat(harm("Jij bent een debiel")).extracting(Finding::text).containsExactly("debiel");
		// being called names quotes the bullies' word
		assertThat(harm("Hij wordt elke dag uitgescholden voor sukkel")).extracting(Finding::text)
			.containsExactly("sukkel");
	}

	@Test
	void aQuestionAboutAWordIsNoInsult() {
		assertThat(harm("Mam, wat is een klootzak?")).isEmpty();
		assertThat(harm("Wat is er, klootzak?")).extracting(Finding::text).containsExactly("klootzak");
	}

	@Test
	void radicalAndSexualWordsInALessonOrWarningAreTaught() {
		assertThat(harm("In de les levensbeschouwing bespreken we het kalifaat en de geschiedenis ervan")).isEmpty();
		assertThat(harm("Sexting is strafbaar als er minderjarigen op de foto staan")).isEmpty();
		assertThat(harm("Het kalifaat komt eraan")).extracting(Finding::category).containsExactly("radicalisation");
	}

	@Test
	void theNumberCodeIsRadicalisingButNotInsideANumberOrPrice() {
		assertThat(harm("Groeten aan de broeders, 14/88")).extracting(Finding::text, Finding::category)
			.containsExactly(tuple("14/88", "radicalisation"));
		assertThat(harm("Bel 040-1488, het kost € 1488 of 21488 punten")).isEmpty();
	}

}
