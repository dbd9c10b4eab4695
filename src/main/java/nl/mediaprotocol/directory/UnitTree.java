package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The units as a tree, so that a role held for a unit reaches the units below it. Never
 * changed once built: {@link UnitTreeCache} keeps one for every request until the
 * directory changes.
 */
final class UnitTree {

	private final Map<Long, Unit> byId = new LinkedHashMap<>();

	private final Map<String, Unit> byCode = new HashMap<>();

	/** Per unit, the units right below it, in name order. */
	private final Map<Long, List<Unit>> children = new HashMap<>();

	private final List<Unit> roots = new ArrayList<>();

	UnitTree(Collection<Unit> units) {
		units.stream().sorted(Comparator.comparing(Unit::name)).forEach(unit -> {
			this.byId.put(unit.id(), unit);
			this.byCode.put(unit.code(), unit);
		});
		for (Unit unit : this.byId.values()) {
			if (unit.parentId() == null) {
				this.roots.add(unit);
			}
			else {
				this.children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
			}
		}
	}

	Optional<Unit> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	Optional<Unit> byId(@Nullable Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(this.byId.get(id));
	}

	List<Unit> roots() {
		return List.copyOf(this.roots);
	}

	List<Unit> childrenOf(Unit parent) {
		return List.copyOf(this.children.getOrDefault(parent.id(), List.of()));
	}

	/** The unit and every unit below it. */
	Set<Long> selfAndDescendants(Long unitId) {
		Set<Long> result = new HashSet<>();
		List<Long> todo = new ArrayList<>(List.of(unitId));
		while (!todo.isEmpty()) {
			Long next = todo.removeLast();
			if (result.add(next)) {
				this.children.getOrDefault(next, List.of()).forEach(child -> todo.add(child.id()));
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

	int size() {
		return this.byId.size();
	}

}
