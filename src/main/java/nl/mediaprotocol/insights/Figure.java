package nl.mediaprotocol.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.mediaprotocol.system.SpreadsheetCells;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a dashboard: rows with their labels and numbers, drawn as a chart and
 * shown as a table and a CSV file, the same numbers in all three.
 *
 * @param name the figure's name in its CSV address, e.g. {@code reports-by-month}
 * @param labelHeaders the heads of the label columns
 * @param series the number columns
 * @param note what else a reader needs to know, if anything
 * @param rowsInAll how many rows the figure has, here or (for a page's copy) in its CSV
 * file
 */
public record Figure(String name, String title, List<String> labelHeaders, List<Series> series, List<Row> rows,
		@Nullable String note, int rowsInAll) {

	public Figure(String name, String title, List<String> labelHeaders, List<Series> series, List<Row> rows,
			@Nullable String note) {
		this(name, title, labelHeaders, series, rows, note, rows.size());
	}

	/** A column of numbers; a charted one has a bar per row. */
	public record Series(String name, boolean charted) {
	}

	/**
	 * A row: its labels as shown and as written to the CSV file (a month as
	 * {@code 2026-03}), and a number per series.
	 *
	 * @param group a heading the chart puts above this row and the ones after it with the
	 * same heading, if any
	 */
	public record Row(List<String> labels, List<String> csvLabels, List<Cell> cells, @Nullable String group) {

		static Row of(String label, List<Cell> cells) {
			return new Row(List.of(label), List.of(label), cells, null);
		}

		/** The label the chart shows: the last one; the others make the group. */
		public String label() {
			return this.labels.getLast();
		}

	}

	/**
	 * The most rows a page shows of one figure: a whole board of thousands of units has a
	 * row for each, which no reader takes in on a page and no phone draws quickly. The
	 * CSV file has every row; choosing a unit shows its rows.
	 */
	static final int ROWS_SHOWN = 200;

	/** The rows the page shows: the first {@link #ROWS_SHOWN}. */
	public List<Row> shownRows() {
		return this.rows.size() <= ROWS_SHOWN ? this.rows : this.rows.subList(0, ROWS_SHOWN);
	}

	/** How many rows the page leaves out; all are in the CSV file. */
	public int rowsLeftOut() {
		return this.rowsInAll - shownRows().size();
	}

	/**
	 * The figure as a page shows it: only the rows shown, and how many there are in all.
	 */
	Figure forPage() {
		return new Figure(this.name, this.title, this.labelHeaders, this.series, shownRows(), this.note,
				this.rowsInAll);
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public BarChart chart(Locale locale) {
		return BarChart.of(this, locale);
	}

	/** The figure as a CSV file: semicolons, as Dutch spreadsheets read them. */
	String csv(Locale locale) {
		StringBuilder csv = new StringBuilder();
		List<String> head = new ArrayList<>(this.labelHeaders);
		this.series.forEach(column -> head.add(column.name()));
		line(csv, head);
		for (Row row : this.rows) {
			List<String> values = new ArrayList<>(row.csvLabels());
			row.cells().forEach(cell -> values.add(cell.text(locale)));
			line(csv, values);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			csv.append(i == 0 ? "" : ";").append(field(values.get(i)));
		}
		csv.append("\r\n");
	}

	/** Quoted when needed; a leading formula character is defused. */
	private static String field(String value) {
		String safe = SpreadsheetCells.text(value);
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
