package nl.mediaprotocol.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Median and 90th percentile of durations, interpolated between the nearest ranks as a
 * spreadsheet's PERCENTILE.INC does, so that a reader can check them from the CSV file.
 */
final class Percentiles {

	static final double MEDIAN = 0.5;

	static final double NINETIETH = 0.9;

	private static final double MINUTES_PER_DAY = 24 * 60;

	private Percentiles() {
	}

	/** The percentile of durations in minutes, in days; nothing for no durations. */
	static @Nullable Double days(List<Long> minutes, double fraction) {
		if (minutes.isEmpty()) {
			return null;
		}
		List<Long> sorted = minutes.stream().sorted().toList();
		double rank = (sorted.size() - 1) * fraction;
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.size() - 1);
		double value = sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
		return days(value);
	}

	/** Minutes in days; nothing for nothing. */
	static @Nullable Double days(@Nullable Double minutes) {
		return minutes == null ? null : minutes / MINUTES_PER_DAY;
	}

}
