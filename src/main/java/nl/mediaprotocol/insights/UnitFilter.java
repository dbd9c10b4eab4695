package nl.mediaprotocol.insights;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The units a dashboard counts: a chosen unit with the units below it, or everything in
 * the viewer's scope.
 *
 * @param selected the chosen unit, {@code null} for the whole scope
 * @param units the codes counted
 * @param everything whether any unit counts, known or not (a board-wide viewer's whole
 * scope)
 * @param withoutUnit whether records without a unit count
 */
record UnitFilter(@Nullable String selected, Set<String> units, boolean everything, boolean withoutUnit) {

	boolean includes(@Nullable String unitCode) {
		if (unitCode == null) {
			return this.withoutUnit;
		}
		return this.everything || this.units.contains(unitCode);
	}

	/**
	 * The codes for a query: {@code null} when everything counts (any unit, and records
	 * without one), else the units counted.
	 */
	@Nullable Set<String> codes() {
		return this.everything && this.withoutUnit ? null : this.units;
	}

}
