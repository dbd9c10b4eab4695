package nl.mediaprotocol.insights;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTests {

	@Test
	void theLongestBarFillsTheRoomAndAHiddenCountGetsNoBarOnlyItsText() {
		Figure figure = new Figure("reports-by-unit", "Meldingen per eenheid", List.of("Eenheid"),
				List.of(new Figure.Series("Meldingen", true)),
				List.of(Figure.Row.of("Noord", List.of(Cell.count(10))), Figure.Row.of("Zuid", List.of(Cell.count(5))),
						Figure.Row.of("Expertise", List.of(Cell.hidden(Cell.Measure.COUNT)))),
				null);

		BarChart chart = figure.chart(Locale.forLanguageTag("nl"));

		assertThat(chart.groups()).extracting(group -> group.bars().getFirst().width())
			.containsExactly(BarChart.BAR_ROOM, BarChart.BAR_ROOM / 2, 0);
		assertThat(chart.groups()).extracting(group -> group.bars().getFirst().text())
			.containsExactly("10", "5", "< 5");
		assertThat(chart.legend()).as("one series needs no key").isEmpty();
		assertThat(chart.height()).isGreaterThan(3 * BarChart.BAR);
	}

	@Test
	void aLongLabelTakesTwoLinesAndIsCutShortAfterThat() {
		assertThat(BarChart.wrap("Mogelijk zedendelict door een medewerker tegen een leerling"))
			.containsExactly("Mogelijk zedendelict", "door een medewerker…");
		assertThat(BarChart.wrap("September 2026")).containsExactly("September 2026");
	}

	@Test
	void aFigureOfThousandsOfUnitsDrawsAndShowsItsFirstRowsAndWritesEveryRowToItsCsvFile() {
		List<Figure.Row> rows = IntStream.rangeClosed(1, 2_000)
			.mapToObj(school -> Figure.Row.of("School " + school, List.of(Cell.count(school))))
			.toList();
		Figure figure = new Figure("reports-by-unit", "Meldingen per eenheid", List.of("Eenheid"),
				List.of(new Figure.Series("Meldingen", true)), rows, null);

		assertThat(figure.shownRows()).hasSize(Figure.ROWS_SHOWN).first().isEqualTo(rows.getFirst());
		assertThat(figure.rowsLeftOut()).isEqualTo(2_000 - Figure.ROWS_SHOWN);
		assertThat(figure.chart(Locale.forLanguageTag("nl")).groups()).hasSize(Figure.ROWS_SHOWN);
		assertThat(figure.csv(Locale.forLanguageTag("nl")).lines()).hasSize(1 + 2_000)
			.last()
			.isEqualTo("School 2000;2000");
		Figure forPage = figure.forPage();
		assertThat(forPage.rows()).as("a page's copy, as kept").hasSize(Figure.ROWS_SHOWN);
		assertThat(forPage.rowsInAll()).isEqualTo(2_000);
		assertThat(forPage.rowsLeftOut()).isEqualTo(figure.rowsLeftOut());
		Figure small = new Figure("reports-by-unit", "Meldingen per eenheid", List.of("Eenheid"),
				List.of(new Figure.Series("Meldingen", true)), rows.subList(0, 3), null);
		assertThat(small.shownRows()).hasSize(3);
		assertThat(small.rowsLeftOut()).isZero();
	}

}
