package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A "reports to" relation by key (a unit to its parent unit, an employee to their
 * manager), for finding circles and for saving the upper ones first.
 */
final class Hierarchy {

	private final Map<String, @Nullable String> parentOf;

	Hierarchy(Map<String, @Nullable String> parentOf) {
		this.parentOf = parentOf;
	}

	/** Whether walking up from this key comes back to a key already passed. */
	boolean inCircle(String key) {
		Set<String> seen = new HashSet<>();
		String current = key;
		while (current != null) {
			if (!seen.add(current)) {
				return true;
			}
			current = this.parentOf.get(current);
		}
		return false;
	}

	/**
	 * The given keys, each after its parent when that is among them too. No circles,
	 * please.
	 */
	List<String> parentsFirst(Iterable<String> keys) {
		Set<String> wanted = new LinkedHashSet<>();
		keys.forEach(wanted::add);
		Set<String> ordered = new LinkedHashSet<>();
		for (String key : wanted) {
			List<String> chain = new ArrayList<>();
			String current = key;
			while (current != null && wanted.contains(current) && !ordered.contains(current)
					&& !chain.contains(current)) {
				chain.addFirst(current);
				current = this.parentOf.get(current);
			}
			ordered.addAll(chain);
		}
		return List.copyOf(ordered);
	}

}
