package nl.mediaprotocol.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The months a dashboard counts, from and to inclusive: by default the last twelve. */
record Period(YearMonth from, YearMonth to) {

	/** The longest period shown at once. */
	static final int MOST_MONTHS = 36;

	static Period lastTwelveMonths(LocalDate today) {
		YearMonth now = YearMonth.from(today);
		return new Period(now.minusMonths(11), now);
	}

	/**
	 * The period asked for as {@code yyyy-MM}; what is missing or unreadable is the
	 * default, months the wrong way round are turned, and a period longer than
	 * {@link #MOST_MONTHS} is cut at its start.
	 */
	static Period of(@Nullable String from, @Nullable String to, LocalDate today) {
		Period standard = lastTwelveMonths(today);
		YearMonth start = month(from, standard.from());
		YearMonth end = month(to, standard.to());
		if (end.isBefore(start)) {
			YearMonth swap = start;
			start = end;
			end = swap;
		}
		if (start.plusMonths(MOST_MONTHS).isBefore(end.plusMonths(1))) {
			start = end.minusMonths(MOST_MONTHS - 1);
		}
		return new Period(start, end);
	}

	List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = this.from; !month.isAfter(this.to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	@Override
	public String toString() {
		return this.from + ".." + this.to;
	}

	private static YearMonth month(@Nullable String text, YearMonth otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return otherwise;
		}
	}

}
