package nl.mediaprotocol.insights;

import java.util.List;
import java.util.Locale;

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

}
