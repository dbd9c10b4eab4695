package nl.mediaprotocol.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A figure drawn as horizontal bars, laid out here for an inline SVG: a label on the left
 * (at most two lines), a bar per charted series and its number at the end of the bar.
 * Hidden and empty numbers get no bar, only their text. Sizes are in the SVG's own units;
 * the page scales the whole to its width.
 */
public record BarChart(int width, int height, List<Legend> legend, List<Heading> headings, List<Group> groups) {

	static final int WIDTH = 340;

	static final int LABEL_WIDTH = 150;

	static final int BAR_START = 154;

	static final int BAR_ROOM = 140;

	static final int LINE = 18;

	static final int BAR = 14;

	static final int GAP = 8;

	static final int LABEL_CHARACTERS = 20;

	/** Dark enough against white for graphics and text (WCAG 1.4.11, 1.4.3). */
	static final List<String> FILLS = List.of("#0b4f8a", "#a3470a");

	/** A series in the key above the chart. */
	public record Legend(int x, int y, String fill, String text) {

		public int textX() {
			return this.x + BAR + 4;
		}

		public int textY() {
			return this.y + BAR - 2;
		}

	}

	/** A heading above a run of rows, e.g. the group a row of purposes belongs to. */
	public record Heading(int y, String text) {
	}

	/** A row: its label lines and its bars. */
	public record Group(List<Line> lines, List<Bar> bars) {
	}

	public record Line(int y, String text) {
	}

	public record Bar(int x, int y, int width, String fill, String text) {

		public int height() {
			return BAR;
		}

		public int textX() {
			return this.x + this.width + 4;
		}

		public int textY() {
			return this.y + BAR - 3;
		}

	}

	static BarChart of(Figure figure, Locale locale) {
		List<Integer> charted = new ArrayList<>();
		for (int i = 0; i < figure.series().size(); i++) {
			if (figure.series().get(i).charted()) {
				charted.add(i);
			}
		}
		double max = 1;
		for (Figure.Row row : figure.shownRows()) {
			for (int index : charted) {
				Cell cell = row.cells().get(index);
				if (cell.isDrawn()) {
					max = Math.max(max, cell.measure() == Cell.Measure.PERCENT ? 100 : cell.value());
				}
			}
		}
		int y = 0;
		List<Legend> legend = new ArrayList<>();
		if (charted.size() > 1) {
			int x = 0;
			for (int i = 0; i < charted.size(); i++) {
				String name = figure.series().get(charted.get(i)).name();
				legend.add(new Legend(x, y, FILLS.get(i % FILLS.size()), name));
				x += BAR + 4 + name.length() * 8 + 16;
			}
			y += BAR + GAP;
		}
		List<Heading> headings = new ArrayList<>();
		List<Group> groups = new ArrayList<>();
		String group = null;
		for (Figure.Row row : figure.shownRows()) {
			if (row.group() != null && !Objects.equals(row.group(), group)) {
				group = row.group();
				y += GAP / 2;
				headings.add(new Heading(y + LINE - 5, shorten(group, 44)));
				y += LINE + 2;
			}
			List<Line> lines = new ArrayList<>();
			List<String> labelLines = wrap(row.label());
			for (int i = 0; i < labelLines.size(); i++) {
				lines.add(new Line(y + (i + 1) * LINE - 5, labelLines.get(i)));
			}
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < charted.size(); i++) {
				Cell cell = row.cells().get(charted.get(i));
				int length = cell.isDrawn() ? (int) Math.round(BAR_ROOM * Math.max(0, cell.value()) / max) : 0;
				bars.add(new Bar(BAR_START, y + i * (BAR + 2), length, FILLS.get(i % FILLS.size()), cell.text(locale)));
			}
			groups.add(new Group(lines, bars));
			y += Math.max(labelLines.size() * LINE, charted.size() * (BAR + 2)) + GAP;
		}
		return new BarChart(WIDTH, Math.max(y, LINE), legend, headings, groups);
	}

	/** At most two lines that fit the label column; a longer label is cut short. */
	static List<String> wrap(String label) {
		if (label.length() <= LABEL_CHARACTERS) {
			return List.of(label);
		}
		int cut = label.lastIndexOf(' ', LABEL_CHARACTERS);
		if (cut <= 0) {
			return List.of(shorten(label, LABEL_CHARACTERS));
		}
		return List.of(label.substring(0, cut), shorten(label.substring(cut + 1), LABEL_CHARACTERS));
	}

	private static String shorten(@Nullable String text, int characters) {
		if (text == null) {
			return "";
		}
		return text.length() <= characters ? text : text.substring(0, characters - 1) + "…";
	}

}
