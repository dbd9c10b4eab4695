package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BirthdayAgesTests {

	private static List<String> ages(String text) {
		return ScreeningFixtures.SCREENER.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == FindingType.DATE_OF_BIRTH)
			.map(Finding::text)
			.toList();
	}

	@Test
	void aBirthdayByItsNumberNearARegisteredName() {
		assertThat(ages("Nora Vos viert zaterdag haar 11de verjaardag")).containsExactly("11de verjaardag");
		assertThat(ages("Happy 9th birthday, Lucas Vermeulen!")).containsExactly("9th birthday");
		assertThat(ages("Op je 18e verjaardag mag je stemmen")).isEmpty();
		assertThat(ages("Nora Vos bakte een taart. Het was de 25ste verjaardag van de school")).isEmpty();
	}

	@Test
	void anAgeAFewWordsAfterTheName() {
		assertThat(ages("Nora uit 4B is pas 9 jaar en zit al in de finale")).containsExactly("is pas 9 jaar");
		assertThat(ages("Lucas Vermeulen van Klas 3 is net 13 geworden")).containsExactly("is net 13 geworden");
		assertThat(ages("Noah Vermeulen is jarig en wordt 11!")).containsExactly("wordt 11");
		assertThat(ages("Noah Vermeulen van Klas 3 is al 2 jaar lid en was 3 keer de snelste")).isEmpty();
		assertThat(ages("Noah Vermeulen is jarig, hij deelt 12 ballonnen uit")).isEmpty();
	}

	@Test
	void aDateOfBirthInIsoFormUnderALabel() {
		assertThat(ages("Noah Vermeulen, D.O.B. 2013-04-22, allergisch voor noten")).containsExactly("2013-04-22");
		assertThat(ages("Lucas Vermeulen (DOB: 7/11/2012) mag niet zwemmen")).containsExactly("7/11/2012");
		assertThat(ages("De studiedag is op 2025-03-12, de deadline 2025-04-01")).isEmpty();
		assertThat(ages("Bob, de dobbelsteen ligt op tafel sinds 12-03-2024")).isEmpty();
	}

}
