package nl.mediaprotocol.directory;

import java.util.List;
import java.util.Set;

/**
 * The import of one kind of file: first every line is checked, then, only when no line
 * has a problem, every line is applied.
 */
interface SheetImport {

	void check(List<ImportLine> lines);

	Outcome apply();

	/** The ids of the students who gained or lost a guardian in {@link #apply()}. */
	default Set<Long> studentsWhoseGuardiansChanged() {
		return Set.of();
	}

	/** How many lines created, changed, or left alone a record. */
	record Outcome(int created, int updated, int unchanged) {

		static Outcome count(List<Change> changes) {
			return new Outcome((int) changes.stream().filter(change -> change == Change.CREATED).count(),
					(int) changes.stream().filter(change -> change == Change.UPDATED).count(),
					(int) changes.stream().filter(change -> change == Change.UNCHANGED).count());
		}

	}

	enum Change {

		CREATED, UPDATED, UNCHANGED;

		static Change of(boolean changed) {
			return changed ? UPDATED : UNCHANGED;
		}

	}

}
