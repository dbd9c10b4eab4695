package nl.mediaprotocol.insights;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory.UnitNode;
import org.jspecify.annotations.Nullable;

/**
 * Whose figures a viewer sees: a directeur those of their units and the units below, a
 * bestuurder and an FG those of the whole board, records without a unit included. It also
 * says which units are the viewer's own, for the {@link SmallCellRule}.
 */
final class Scope {

	/** The roles the dashboards are for. */
	static final Set<Role> VIEWERS = Set.of(Role.DIRECTEUR, Role.BESTUURDER, Role.FG);

	private final boolean wholeBoard;

	private final Set<String> units;

	private final List<UnitOption> options;

	private final Map<String, String> names;

	private final Map<String, Set<String>> subtrees;

	/** Each unit's parent; none for the roots. */
	private final Map<String, String> parents;

	private final SmallCellRule rule;

	/**
	 * Where each unit in scope stands in the tree: sorting thousands of units asks often.
	 */
	private final Map<String, Integer> positions = new HashMap<>();

	private Scope(boolean wholeBoard, Set<String> units, List<UnitOption> options, Map<String, String> names,
			Map<String, Set<String>> subtrees, Map<String, String> parents, SmallCellRule rule) {
		this.wholeBoard = wholeBoard;
		this.units = Set.copyOf(units);
		this.options = List.copyOf(options);
		this.names = Map.copyOf(names);
		this.subtrees = Map.copyOf(subtrees);
		this.parents = Map.copyOf(parents);
		this.rule = rule;
		for (int i = 0; i < this.options.size(); i++) {
			this.positions.put(this.options.get(i).code(), i);
		}
	}

	/** A unit the viewer may choose, with how deep it lies in the tree. */
	public record UnitOption(String code, String name, int depth) {

		/** The name indented by its depth, for a list to choose from. */
		public String indented() {
			return "\u2002".repeat(this.depth) + this.name;
		}

	}

	static Scope of(CurrentUser viewer, List<UnitNode> tree) {
		Map<String, String> names = new HashMap<>();
		Map<String, Set<String>> subtrees = new HashMap<>();
		Map<String, String> parents = new HashMap<>();
		List<UnitOption> everyUnit = new ArrayList<>();
		tree.forEach(root -> walk(root, 0, names, subtrees, parents, everyUnit));
		boolean wholeBoard = false;
		boolean ownsWholeBoard = false;
		Set<String> units = new HashSet<>();
		Set<String> own = new HashSet<>();
		for (RoleGrant grant : viewer.grants()) {
			if (!VIEWERS.contains(grant.role())) {
				continue;
			}
			boolean directeur = grant.role() == Role.DIRECTEUR;
			if (grant.isBoardWide()) {
				wholeBoard = true;
				ownsWholeBoard |= directeur;
				continue;
			}
			Set<String> reach = subtrees.getOrDefault(grant.unitCode(), Set.of());
			units.addAll(reach);
			if (directeur) {
				own.addAll(reach);
			}
		}
		if (wholeBoard) {
			units.addAll(names.keySet());
		}
		List<UnitOption> options = everyUnit.stream().filter(option -> units.contains(option.code())).toList();
		return new Scope(wholeBoard, units, options, names, subtrees, parents, new SmallCellRule(own, ownsWholeBoard));
	}

	private static Set<String> walk(UnitNode node, int depth, Map<String, String> names,
			Map<String, Set<String>> subtrees, Map<String, String> parents, List<UnitOption> order) {
		String code = node.unit().code();
		names.put(code, node.unit().name());
		order.add(new UnitOption(code, node.unit().name(), depth));
		Set<String> below = new HashSet<>(Set.of(code));
		for (UnitNode child : node.children()) {
			parents.put(child.unit().code(), code);
			below.addAll(walk(child, depth + 1, names, subtrees, parents, order));
		}
		subtrees.put(code, below);
		return below;
	}

	boolean isEmpty() {
		return !this.wholeBoard && this.units.isEmpty();
	}

	/**
	 * The units counted when the viewer chooses one ({@code null} or blank: everything in
	 * scope); nothing when the unit lies outside the scope.
	 */
	Optional<UnitFilter> filter(@Nullable String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return Optional.of(new UnitFilter(null, this.units, this.wholeBoard, this.wholeBoard));
		}
		if (!this.units.contains(unitCode)) {
			return Optional.empty();
		}
		return Optional
			.of(new UnitFilter(unitCode, this.subtrees.getOrDefault(unitCode, Set.of(unitCode)), false, false));
	}

	List<UnitOption> options() {
		return this.options;
	}

	/**
	 * How the viewer chooses a unit: from a list when the scope has at most
	 * {@link #UNITS_LISTED} units, otherwise by looking it up by name (a list of
	 * thousands of schools is no choice, and slow to draw).
	 * @param selected the unit chosen now, if any
	 * @param search what the viewer typed to look a unit up
	 */
	UnitChooser chooser(@Nullable String selected, @Nullable String search) {
		UnitOption chosen = selected == null ? null
				: this.options.stream().filter(option -> option.code().equals(selected)).findFirst().orElse(null);
		if (this.options.size() <= UNITS_LISTED) {
			return new UnitChooser(true, this.options, chosen, "", List.of(), false);
		}
		String text = search == null ? "" : search.strip();
		if (text.isEmpty()) {
			return new UnitChooser(false, List.of(), chosen, "", List.of(), false);
		}
		String wanted = folded(text);
		List<FoundUnit> found = new ArrayList<>();
		for (UnitOption option : this.options) {
			if (folded(option.name()).contains(wanted) || option.code().equalsIgnoreCase(text)) {
				if (found.size() == UNITS_FOUND) {
					return new UnitChooser(false, List.of(), chosen, text, found, true);
				}
				found.add(new FoundUnit(option.code(), option.name(), above(option.code())));
			}
		}
		return new UnitChooser(false, List.of(), chosen, text, found, false);
	}

	/** The most units a list to choose from holds. */
	static final int UNITS_LISTED = 200;

	/** The most units a look-up by name shows. */
	static final int UNITS_FOUND = 20;

	/**
	 * How a unit is chosen: from the list of every unit in scope, or from the units found
	 * by name; with the unit chosen now, if any.
	 *
	 * @param more whether more units match than are shown
	 */
	record UnitChooser(boolean listed, List<UnitOption> options, @Nullable UnitOption chosen, String search,
			List<FoundUnit> found, boolean more) {

		/** Whether the unit chosen now is among those found (or nothing is chosen). */
		public boolean chosenFound() {
			return this.chosen == null || this.found.stream().anyMatch(unit -> unit.code().equals(this.chosen.code()));
		}

	}

	/** A unit found by name, with the names of the units above it in scope, top first. */
	public record FoundUnit(String code, String name, List<String> above) {
	}

	private List<String> above(String unitCode) {
		List<String> above = new ArrayList<>();
		for (String parent = this.parents.get(unitCode); parent != null
				&& this.units.contains(parent); parent = this.parents.get(parent)) {
			above.addFirst(this.names.get(parent));
		}
		return above;
	}

	/** Lower case without accents: "École" finds "ecole". */
	private static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	SmallCellRule rule() {
		return this.rule;
	}

	/** The unit's name; {@code null} for records without a unit. */
	@Nullable String nameOf(@Nullable String unitCode) {
		return unitCode == null ? null : this.names.getOrDefault(unitCode, unitCode);
	}

	/** Where the unit stands in the tree, for putting units in order; unknown last. */
	int positionOf(@Nullable String unitCode) {
		if (unitCode == null) {
			return Integer.MAX_VALUE;
		}
		return this.positions.getOrDefault(unitCode, Integer.MAX_VALUE - 1);
	}

	/** The codes of the units in scope that are listed by name, in tree order. */
	List<String> unitCodes(UnitFilter filter) {
		return this.options.stream().map(UnitOption::code).filter(filter::includes).toList();
	}

	/**
	 * The units of the filter one level below its top (the chosen unit, or the board),
	 * each with the units of its subtree in the filter, in tree order; the top unit
	 * itself comes first, with only itself, for groups of its own. When the filter has
	 * several tops (a directeur of a school and of a location elsewhere), each top with
	 * its subtree.
	 */
	Map<String, Set<String>> unitsBelowTheTop(UnitFilter filter) {
		List<UnitOption> included = this.options.stream().filter(option -> filter.includes(option.code())).toList();
		List<UnitOption> tops = included.stream().filter(option -> {
			String parent = this.parents.get(option.code());
			return parent == null || !filter.includes(parent);
		}).toList();
		Map<String, Set<String>> below = new LinkedHashMap<>();
		if (tops.size() != 1) {
			tops.forEach(option -> below.put(option.code(), inFilter(option.code(), filter)));
			return below;
		}
		String top = tops.getFirst().code();
		below.put(top, Set.of(top));
		included.stream()
			.filter(option -> top.equals(this.parents.get(option.code())))
			.forEach(option -> below.put(option.code(), inFilter(option.code(), filter)));
		return below;
	}

	private Set<String> inFilter(String unitCode, UnitFilter filter) {
		Set<String> units = new HashSet<>(this.subtrees.getOrDefault(unitCode, Set.of(unitCode)));
		units.removeIf(code -> !filter.includes(code));
		return units;
	}

}
