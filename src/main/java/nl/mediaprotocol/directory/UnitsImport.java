package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

final class UnitsImport implements SheetImport {

	private final Units units;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	UnitsImport(Units units) {
		this.units = units;
	}

	private record Row(int line, String code, String name, @Nullable UnitKind kind, @Nullable String parent) {
	}

	@Override
	public void check(List<ImportLine> lines) {
		Map<String, @Nullable String> parentOf = new HashMap<>();
		UnitTree existing = new UnitTree(this.units.findAll());
		existing.all()
			.forEach(unit -> parentOf.put(unit.code(), existing.byId(unit.parentId()).map(Unit::code).orElse(null)));
		for (ImportLine line : lines) {
			String code = line.ref("code");
			String name = line.required("naam", 200);
			String kindText = line.required("soort", 40);
			UnitKind kind = UnitKind.parse(kindText).orElse(null);
			if (kind == null && !kindText.isEmpty()) {
				line.problem("soort", "import.line.badUnitKind", kindText);
			}
			String parent = line.optional("bovenliggend", 40);
			if (kind == UnitKind.BOARD && parent != null) {
				line.problem("bovenliggend", "import.line.boardHasParent");
			}
			if (kind != null && kind != UnitKind.BOARD && parent == null) {
				line.problem("bovenliggend", "import.line.parentRequired");
			}
			if (code.isEmpty()) {
				continue;
			}
			Row earlier = this.rows.get(code);
			if (earlier != null) {
				line.problem("code", "import.line.duplicate", code, earlier.line());
				continue;
			}
			this.rows.put(code, new Row(line.number(), code, name, kind, parent));
			parentOf.put(code, parent);
		}
		Hierarchy hierarchy = new Hierarchy(parentOf);
		for (ImportLine line : lines) {
			Row row = rowOn(line.number());
			if (row == null || row.parent() == null) {
				continue;
			}
			if (!parentOf.containsKey(row.parent())) {
				line.problem("bovenliggend", "import.line.unknownUnit", row.parent());
			}
			else if (hierarchy.inCircle(row.code())) {
				line.problem("bovenliggend", "import.line.unitCircle", row.parent());
			}
		}
	}

	private @Nullable Row rowOn(int line) {
		return this.rows.values().stream().filter(row -> row.line() == line).findFirst().orElse(null);
	}

	@Override
	public Outcome apply() {
		Map<String, @Nullable String> parentOf = new HashMap<>();
		this.rows.values().forEach(row -> parentOf.put(row.code(), row.parent()));
		List<Change> changes = new ArrayList<>();
		for (String code : new Hierarchy(parentOf).parentsFirst(this.rows.keySet())) {
			Row row = this.rows.get(code);
			Long parentId = row.parent() == null ? null : this.units.findByCode(row.parent()).orElseThrow().id();
			UnitKind kind = Objects.requireNonNull(row.kind());
			changes.add(this.units.findByCode(code).map(unit -> {
				boolean changed = unit.update(row.name(), kind, parentId);
				if (changed) {
					this.units.save(unit);
				}
				return Change.of(changed);
			}).orElseGet(() -> {
				this.units.save(new Unit(null, code, row.name(), kind, parentId));
				return Change.CREATED;
			}));
		}
		return Outcome.count(changes);
	}

}
