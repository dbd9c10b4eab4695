package nl.mediaprotocol.system;

import java.time.Instant;
import java.time.Period;

/**
 * Records a module keeps only for a limited time (privacy by design): the module knows
 * when each of its records ended and removes, or anonymises, those that ended before a
 * cut-off. The privacy module runs every rule once a day, at most one instance at a time,
 * with the period the board set.
 */
public interface RetentionRule {

	/** The kind of record, a key for the board's setting, e.g. {@code reports}. */
	String kind();

	/**
	 * The period after the record ended that it is kept, unless the board sets another.
	 */
	Period defaultPeriod();

	/** Why this period, for the FG. */
	String reason();

	/**
	 * Removes or anonymises every record that ended before the cut-off, or with a dry run
	 * only counts them.
	 */
	Outcome purge(Instant cutoff, boolean dryRun);

	/** How many records were (or would be) removed, and what happens to them. */
	record Outcome(int records, String action) {
	}

}
