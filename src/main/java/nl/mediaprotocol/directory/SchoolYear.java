package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch school year, from 1 August to 31 July, written {@code 2026-2027}.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");

	public static SchoolYear containing(LocalDate date) {
		return new SchoolYear(date.getMonth().compareTo(Month.AUGUST) >= 0 ? date.getYear() : date.getYear() - 1);
	}

	public static Optional<SchoolYear> parse(String text) {
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int start = Integer.parseInt(matcher.group(1));
		int end = Integer.parseInt(matcher.group(2));
		return end == start + 1 ? Optional.of(new SchoolYear(start)) : Optional.empty();
	}

	@Override
	public int compareTo(SchoolYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return this.startYear + "-" + (this.startYear + 1);
	}

}
