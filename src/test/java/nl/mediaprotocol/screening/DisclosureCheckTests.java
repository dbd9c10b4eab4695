package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureCheckTests {

	private static List<FindingType> missing(String text) {
		return ScreeningFixtures.SCREENER.screen(Post.personal(text))
			.findings()
			.stream()
			.map(Finding::type)
			.filter(type -> type == FindingType.MISSING_ROLE_DISCLOSURE || type == FindingType.MISSING_DISCLAIMER)
			.toList();
	}

	@Test
	void aPostAboutWorkColleaguesPupilsOrTheInspectionConcernsTheBoard() {
		assertThat(missing("Wat een dag weer op het werk, de directie snapt er niks van"))
			.containsExactly(FindingType.MISSING_ROLE_DISCLOSURE, FindingType.MISSING_DISCLAIMER);
		assertThat(missing("Lieve collega's, bedankt voor het afscheid")).hasSize(2);
		assertThat(missing("Bij ons op school is de inspectie langs geweest")).hasSize(2);
		assertThat(missing("Trots op wat ze in het speciaal onderwijs allemaal doen")).hasSize(2);
		assertThat(missing("Mooie wandeling gemaakt door de Kempen, wat een weer")).isEmpty();
	}

	@Test
	void aFunctionWithTheBoardOrAUnitDisclosesTheRole() {
		assertThat(missing("Groepsleerkracht bij SSOE. De collega's zijn top. Dit is mijn eigen mening.")).isEmpty();
		assertThat(
				missing("Ambulant begeleider Autisme Steunpunt (SSOE). De leerlingen waren geweldig, op eigen titel."))
			.isEmpty();
		assertThat(missing("Mijn leerlingen waren geweldig, op eigen titel."))
			.containsExactly(FindingType.MISSING_ROLE_DISCLOSURE);
	}

	@Test
	void theBoardsNameInADisclosureIsNoPostAboutTheBoard() {
		assertThat(missing("Vakdocent muziek bij SSOE. Gisteren een prachtig concert gezien in Tilburg!")).isEmpty();
		assertThat(missing("Vakdocent muziek bij SSOE. Het nieuwe beleid van SSOE deugt niet."))
			.containsExactly(FindingType.MISSING_DISCLAIMER);
	}

	@Test
	void disclaimersInMoreWords() {
		assertThat(missing("Ik werk als leerkracht bij SSOE. Ik spreek alleen voor mezelf: de directie faalt."))
			.isEmpty();
		assertThat(missing("I work as a teacher at SSOE. My students rock, views my own.")).isEmpty();
		assertThat(missing("Ik werk als leerkracht bij SSOE. De directie faalt."))
			.containsExactly(FindingType.MISSING_DISCLAIMER);
	}

}
