package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class GroupsImport implements SheetImport {

	private final Units units;

	private final ClassGroups groups;

	private final SchoolYear currentYear;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	GroupsImport(Units units, ClassGroups groups, SchoolYear currentYear) {
		this.units = units;
		this.groups = groups;
		this.currentYear = currentYear;
	}

	private record Row(int line, String code, String name, SchoolYear year, Long unitId) {
	}

	@Override
	public void check(List<ImportLine> lines) {
		for (ImportLine line : lines) {
			String code = line.ref("code");
			String name = line.required("naam", 200);
			String unitCode = line.required("eenheid", 40);
			SchoolYear year = line.schoolYear("schooljaar", this.currentYear).orElse(this.currentYear);
			Long unitId = null;
			if (!unitCode.isEmpty()) {
				unitId = this.units.findByCode(unitCode).map(Unit::id).orElse(null);
				if (unitId == null) {
					line.problem("eenheid", "import.line.unknownUnit", unitCode);
				}
			}
			String key = code + "@" + year;
			Row earlier = this.rows.get(key);
			if (earlier != null) {
				line.problem("code", "import.line.duplicate", code, earlier.line());
			}
			else if (unitId != null && !code.isEmpty()) {
				this.rows.put(key, new Row(line.number(), code, name, year, unitId));
			}
		}
	}

	@Override
	public Outcome apply() {
		List<Change> changes = new ArrayList<>();
		for (Row row : this.rows.values()) {
			changes.add(this.groups.findByCodeAndSchoolYear(row.code(), row.year().toString()).map(group -> {
				boolean changed = group.update(row.name(), row.unitId());
				if (changed) {
					this.groups.save(group);
				}
				return Change.of(changed);
			}).orElseGet(() -> {
				this.groups.save(new ClassGroup(null, row.code(), row.name(), row.year().toString(), row.unitId()));
				return Change.CREATED;
			}));
		}
		return Outcome.count(changes);
	}

}
