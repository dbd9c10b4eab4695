package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassMentionsTests {

	private static List<String> mentions(String text) {
		List<int[]> spans = new ArrayList<>();
		ClassMentions.find(text, spans);
		return spans.stream().map(span -> text.substring(span[0], span[1])).toList();
	}

	private static List<String> names(String text) {
		return ScreeningFixtures.SCREENER.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == FindingType.PERSON_NAME)
			.map(Finding::text)
			.toList();
	}

	@Test
	void aClassOrGroupByItsNumberOrCodeIsAMentionWhateverTheDirectoryLists() {
		assertThat(mentions("Klas 4B, groep 6, from group 7, class 2C, leerjaar 3 en klas 2vwo"))
			.containsExactly("Klas 4B", "groep 6", "group 7", "class 2C", "leerjaar 3", "klas 2vwo");
		assertThat(mentions("Ze komt uit 2B, hij zit in 1E en de winnaar (3F) van 4A")).containsExactly("2B", "1E",
				"3F", "4A");
	}

	@Test
	void aCodeWithoutAClassWordOrPrepositionIsNoClass() {
		assertThat(mentions("Antwoord 3A is goed, 2 keer, 3D-printer, in 3D, groep 12345, klas 5x, in 2e instantie"))
			.isEmpty();
		assertThat(mentions("Lokaal 3A is vrij")).isEmpty();
	}

	@Test
	void aFirstNameCountsWithAClassTheDirectoryDoesNotList() {
		assertThat(names("Nora uit 4B las het gedicht voor")).containsExactly("Nora");
		assertThat(names("Lucas (2C) speelde de hoofdrol")).containsExactly("Lucas");
		assertThat(names("Well done Noah from group 6!")).containsExactly("Noah");
		assertThat(names("Nora koos antwoord 3A")).isEmpty();
		assertThat(names("Noah heeft het logo in 3D geprint")).isEmpty();
	}

	@Test
	void anEmployeesFirstNameWithHerTitleCountsWithAUnit() {
		assertThat(names("Juf Sanne van Groep Zonnebloem gaat met verlof")).containsExactly("Sanne");
		assertThat(names("Juf Sanne gaat met verlof")).isEmpty();
	}

}
