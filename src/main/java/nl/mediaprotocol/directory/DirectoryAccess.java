package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one signed-in person may see of the directory: per kind of person, the units their
 * roles reach (everywhere for a board-wide role) and in how much detail; and, in full,
 * themselves and the students they are guardian of.
 */
final class DirectoryAccess {

	private final Map<PersonKind, List<Reach>> reaches;

	private final Set<Long> own;

	DirectoryAccess(Map<PersonKind, List<Reach>> reaches, Set<Long> own) {
		this.reaches = new EnumMap<>(PersonKind.class);
		this.reaches.putAll(reaches);
		this.own = Set.copyOf(own);
	}

	/** The units (or everywhere) where a role lets the viewer see people of this kind. */
	record Reach(boolean everywhere, Set<Long> unitIds, Detail detail) {

		boolean covers(@Nullable Long unitId) {
			return this.everywhere || (unitId != null && this.unitIds.contains(unitId));
		}

	}

	boolean seesEveryone(PersonKind kind) {
		return reachesOf(kind).stream().anyMatch(Reach::everywhere);
	}

	/**
	 * Units where some role reaches this kind of person; empty when none or everywhere.
	 */
	Set<Long> unitsFor(PersonKind kind) {
		Set<Long> units = new HashSet<>();
		reachesOf(kind).forEach(reach -> units.addAll(reach.unitIds()));
		return units;
	}

	Set<Long> own() {
		return this.own;
	}

	boolean seesAnyone(PersonKind kind) {
		return !reachesOf(kind).isEmpty();
	}

	/**
	 * The detail in which the viewer sees a person, given the units the person belongs to
	 * (a guardian belongs to the units of their children); empty when they may not see
	 * them at all.
	 */
	Optional<Detail> detailFor(Long personId, PersonKind kind, Collection<Long> unitIds) {
		if (this.own.contains(personId)) {
			return Optional.of(Detail.FULL);
		}
		Detail best = null;
		for (Reach reach : reachesOf(kind)) {
			boolean covered = reach.everywhere() || unitIds.stream().anyMatch(reach::covers);
			if (covered) {
				best = best == null ? reach.detail() : best.atLeast(reach.detail());
			}
		}
		return Optional.ofNullable(best);
	}

	private List<Reach> reachesOf(PersonKind kind) {
		return this.reaches.getOrDefault(kind, List.of());
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private final Map<PersonKind, List<Reach>> reaches = new EnumMap<>(PersonKind.class);

		private final Set<Long> own = new HashSet<>();

		Builder reach(PersonKind kind, Reach reach) {
			this.reaches.computeIfAbsent(kind, k -> new ArrayList<>()).add(reach);
			return this;
		}

		Builder own(Collection<Long> personIds) {
			this.own.addAll(personIds);
			return this;
		}

		DirectoryAccess build() {
			return new DirectoryAccess(this.reaches, this.own);
		}

	}

}
