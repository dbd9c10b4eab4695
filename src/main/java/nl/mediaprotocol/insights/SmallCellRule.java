package nl.mediaprotocol.insights;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The small-cell rule of the dashboards: a count from 1 to 4 can point at one student, so
 * outside the viewer's own units it shows as "&lt; 5" (on the page and in the CSV file
 * alike), and a time or percentage worked out from so few is not shown. Zero shows as 0.
 * A directeur's own units are the units their grant covers and those below them; a
 * bestuurder or an FG has no unit of their own, so for them the rule holds everywhere. A
 * board-wide DIRECTEUR grant covers the whole board and so owns it.
 */
final class SmallCellRule {

	/** The smallest count shown outside one's own units. */
	static final int SMALLEST_SHOWN = 5;

	private final Set<String> ownUnits;

	private final boolean ownsWholeBoard;

	SmallCellRule(Set<String> ownUnits, boolean ownsWholeBoard) {
		this.ownUnits = Set.copyOf(ownUnits);
		this.ownsWholeBoard = ownsWholeBoard;
	}

	/** Whether a count of one unit ({@code null}: records without a unit) is exact. */
	boolean owns(@Nullable String unitCode) {
		return this.ownsWholeBoard || (unitCode != null && this.ownUnits.contains(unitCode));
	}

	/** Whether a count over every unit of a filter is exact. */
	boolean owns(UnitFilter filter) {
		return this.ownsWholeBoard
				|| (!filter.everything() && !filter.withoutUnit() && this.ownUnits.containsAll(filter.units()));
	}

	static boolean isSmall(long count) {
		return count > 0 && count < SMALLEST_SHOWN;
	}

	Cell count(long count, boolean own) {
		return !own && isSmall(count) ? Cell.hidden(Cell.Measure.COUNT) : Cell.count(count);
	}

	/** A percentile of durations, hidden when there are fewer than five of them. */
	Cell days(List<Long> minutes, double fraction, boolean own) {
		return !own && isSmall(minutes.size()) ? Cell.hidden(Cell.Measure.DAYS)
				: Cell.days(Percentiles.days(minutes, fraction));
	}

	/**
	 * A percentile of {@code count} durations worked out already, in minutes; hidden when
	 * there are fewer than five of them.
	 */
	Cell days(long count, @Nullable Double minutes, boolean own) {
		return !own && isSmall(count) ? Cell.hidden(Cell.Measure.DAYS) : Cell.days(Percentiles.days(minutes));
	}

	/**
	 * The share of a whole, hidden when the part or the rest is a small count: either
	 * could point at the few.
	 */
	Cell share(long part, long whole, boolean own) {
		if (!own && (isSmall(part) || isSmall(whole - part))) {
			return Cell.hidden(Cell.Measure.PERCENT);
		}
		return Cell.percent(whole == 0 ? null : 100.0 * part / whole);
	}

}
