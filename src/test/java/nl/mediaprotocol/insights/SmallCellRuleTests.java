package nl.mediaprotocol.insights;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCellRuleTests {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** A directeur of the school S, with its locations NOORD and ZUID below it. */
	final SmallCellRule directeur = new SmallCellRule(Set.of("S", "NOORD", "ZUID"), false);

	/** A bestuurder or an FG: the whole board, nothing of their own. */
	final SmallCellRule bestuurder = new SmallCellRule(Set.of(), false);

	@Test
	void countsFromOneToFourAreHiddenOutsideTheOwnUnits() {
		for (long count = 1; count <= 4; count++) {
			assertThat(this.bestuurder.count(count, this.bestuurder.owns("NOORD")).text(DUTCH)).isEqualTo("< 5");
			assertThat(this.directeur.count(count, this.directeur.owns("E")).text(DUTCH)).isEqualTo("< 5");
		}
		assertThat(this.bestuurder.count(5, false).text(DUTCH)).isEqualTo("5");
		assertThat(this.bestuurder.count(37, false).text(DUTCH)).isEqualTo("37");
	}

	@Test
	void zeroShowsAsZero() {
		assertThat(this.bestuurder.count(0, false).text(DUTCH)).isEqualTo("0");
		assertThat(this.bestuurder.count(0, false).hidden()).isFalse();
	}

	@Test
	void aDirecteurSeesExactCountsForTheirUnitAndTheUnitsBelowIt() {
		assertThat(this.directeur.owns("S")).isTrue();
		assertThat(this.directeur.owns("NOORD")).isTrue();
		assertThat(this.directeur.count(2, this.directeur.owns("NOORD")).text(DUTCH)).isEqualTo("2");
		assertThat(this.directeur.owns("E")).isFalse();
		assertThat(this.directeur.owns((String) null)).as("records without a unit are nobody's own").isFalse();
	}

	@Test
	void aBestuurderOrFgOwnsNoUnitSoTheRuleHoldsEverywhere() {
		assertThat(this.bestuurder.owns("S")).isFalse();
		assertThat(this.bestuurder.owns(new UnitFilter(null, Set.of("S"), true, true))).isFalse();
	}

	@Test
	void aBoardWideDirecteurGrantOwnsTheWholeBoard() {
		SmallCellRule boardWide = new SmallCellRule(Set.of(), true);

		assertThat(boardWide.owns("E")).isTrue();
		assertThat(boardWide.owns((String) null)).isTrue();
		assertThat(boardWide.count(3, boardWide.owns(new UnitFilter(null, Set.of(), true, true))).text(DUTCH))
			.isEqualTo("3");
	}

	@Test
	void aCountOverSeveralUnitsIsExactOnlyWhenAllOfThemAreOwn() {
		assertThat(this.directeur.owns(new UnitFilter(null, Set.of("S", "NOORD", "ZUID"), false, false))).isTrue();
		assertThat(this.directeur.owns(new UnitFilter("NOORD", Set.of("NOORD"), false, false))).isTrue();
		assertThat(this.directeur.owns(new UnitFilter(null, Set.of("S", "E"), false, false))).isFalse();
		assertThat(this.directeur.owns(new UnitFilter(null, Set.of("S"), false, true)))
			.as("with the records without a unit")
			.isFalse();
	}

	@Test
	void aTimeOverFewerThanFiveIsNotShownOutsideTheOwnUnits() {
		List<Long> threeDays = List.of(1440L, 2880L, 4320L);

		assertThat(this.bestuurder.days(threeDays, Percentiles.MEDIAN, false).text(DUTCH)).isEqualTo("–");
		assertThat(this.bestuurder.days(threeDays, Percentiles.MEDIAN, false).hidden()).isTrue();
		assertThat(this.directeur.days(threeDays, Percentiles.MEDIAN, true).text(DUTCH)).isEqualTo("2,0");
		assertThat(this.bestuurder.days(List.of(), Percentiles.MEDIAN, false).text(DUTCH)).as("nothing to measure")
			.isEqualTo("–");
		assertThat(this.bestuurder.days(List.of(), Percentiles.MEDIAN, false).hidden()).isFalse();
	}

	@Test
	void aShareIsHiddenWhenThePartOrTheRestIsSmall() {
		assertThat(this.bestuurder.share(28, 30, false).text(DUTCH)).as("two without").isEqualTo("–");
		assertThat(this.bestuurder.share(3, 30, false).text(DUTCH)).as("three with").isEqualTo("–");
		assertThat(this.bestuurder.share(20, 30, false).text(DUTCH)).isEqualTo("67%");
		assertThat(this.bestuurder.share(30, 30, false).text(DUTCH)).as("all: nobody singled out").isEqualTo("100%");
		assertThat(this.directeur.share(28, 30, true).text(DUTCH)).isEqualTo("93%");
	}

	@Test
	void mediansAndNinetiethPercentilesInterpolateAsASpreadsheetDoes() {
		List<Long> days = List.of(1440L, 2880L, 4320L, 5760L);

		assertThat(Percentiles.days(days, Percentiles.MEDIAN)).isEqualTo(2.5);
		assertThat(Percentiles.days(days, Percentiles.NINETIETH)).isCloseTo(3.7,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(Percentiles.days(List.of(720L), Percentiles.NINETIETH)).isEqualTo(0.5);
		assertThat(Percentiles.days(List.of(), Percentiles.MEDIAN)).isNull();
	}

}
