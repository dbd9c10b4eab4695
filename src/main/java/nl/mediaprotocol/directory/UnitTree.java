package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The units as a tree, so that a role held for a unit reaches the units below it.
 */
final class UnitTree {

	private final Map<Long, Unit> byId = new LinkedHashMap<>();

	private final Map<String, Unit> byCode = new LinkedHashMap<>();

	UnitTree(Collection<Unit> units) {
		units.stream().sorted(Comparator.comparing(Unit::name)).forEach(unit -> {
			this.byId.put(unit.id(), unit);
			this.byCode.put(unit.code(), unit);
		});
	}

	Optional<Unit> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	Optional<Unit> byId(@Nullable Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(this.byId.get(id));
	}

	List<Unit> roots() {
		return this.byId.values().stream().filter(unit -> unit.parentId() == null).toList();
	}

	List<Unit> childrenOf(Unit parent) {
		return this.byId.values().stream().filter(unit -> Objects.equals(unit.parentId(), parent.id())).toList();
	}

	/** The unit and every unit below it. */
	Set<Long> selfAndDescendants(Long unitId) {
		Set<Long> result = new HashSet<>();
		List<Long> todo = new ArrayList<>(List.of(unitId));
		while (!todo.isEmpty()) {
			Long next = todo.removeLast();
			if (result.add(next)) {
				this.byId.values()
					.stream()
					.filter(unit -> next.equals(unit.parentId()))
					.forEach(child -> todo.add(child.id()));
			}
		}
		return result;
	}

	/** From the root down to the unit, for breadcrumbs. */
	List<Unit> path(Unit unit) {
		List<Unit> path = new ArrayList<>();
		Unit current = unit;
		while (current != null && !path.contains(current)) {
			path.addFirst(current);
			current = this.byId.get(current.parentId());
		}
		return path;
	}

	Collection<Unit> all() {
		return this.byId.values();
	}

}
