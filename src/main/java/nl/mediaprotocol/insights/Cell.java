package nl.mediaprotocol.insights;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One number in a figure, as the viewer may see it: a count, a number of days or a
 * percentage; empty when there is nothing to count, hidden by the {@link SmallCellRule}.
 */
public record Cell(@Nullable Double value, boolean hidden, Measure measure) {

	/** What a number is, and so how it is written. */
	public enum Measure {

		COUNT, DAYS, PERCENT

	}

	/** What a hidden count shows, on the page and in the CSV file. */
	public static final String FEWER_THAN_FIVE = "< 5";

	/** What an empty or hidden time or percentage shows. */
	public static final String NONE = "–";

	static Cell count(long count) {
		return new Cell((double) count, false, Measure.COUNT);
	}

	static Cell days(@Nullable Double days) {
		return new Cell(days, false, Measure.DAYS);
	}

	static Cell percent(@Nullable Double percent) {
		return new Cell(percent, false, Measure.PERCENT);
	}

	static Cell hidden(Measure measure) {
		return new Cell(null, true, measure);
	}

	/** Whether the chart draws a bar for it. */
	public boolean isDrawn() {
		return !this.hidden && this.value != null;
	}

	public String text(Locale locale) {
		if (this.hidden) {
			return this.measure == Measure.COUNT ? FEWER_THAN_FIVE : NONE;
		}
		if (this.value == null) {
			return NONE;
		}
		return switch (this.measure) {
			case COUNT -> String.valueOf(this.value.longValue());
			case DAYS -> String.format(locale, "%.1f", this.value);
			case PERCENT -> String.format(locale, "%.0f%%", this.value);
		};
	}

}
