package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

final class EmployeesImport implements SheetImport {

	private final Units units;

	private final ClassGroups groups;

	private final People people;

	private final PeopleIndex index;

	private final SchoolYear currentYear;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	EmployeesImport(Units units, ClassGroups groups, People people, PeopleIndex index, SchoolYear currentYear) {
		this.units = units;
		this.groups = groups;
		this.people = people;
		this.index = index;
		this.currentYear = currentYear;
	}

	private record Row(int line, String ref, PersonName name, String function, Long unitId, @Nullable String email,
			@Nullable String manager, Set<Long> groupIds) {
	}

	@Override
	public void check(List<ImportLine> lines) {
		Map<String, ImportLine> lineByRef = new HashMap<>();
		for (ImportLine line : lines) {
			String ref = line.ref("personeelsnummer");
			PersonName name = new PersonName(line.required("voornaam", 100), line.optional("tussenvoegsel", 40),
					line.required("achternaam", 100));
			String function = line.required("functie", 100);
			String unitCode = line.required("eenheid", 40);
			Long unitId = null;
			if (!unitCode.isEmpty()) {
				unitId = this.units.findByCode(unitCode).map(Unit::id).orElse(null);
				if (unitId == null) {
					line.problem("eenheid", "import.line.unknownUnit", unitCode);
				}
			}
			String email = line.email("email");
			String manager = line.optional("leidinggevende", 40);
			if (manager != null && manager.equals(ref)) {
				line.problem("leidinggevende", "import.line.ownManager");
			}
			Set<Long> groupIds = new HashSet<>();
			for (String groupCode : line.list("groepen")) {
				this.groups.findByCodeAndSchoolYear(groupCode, this.currentYear.toString())
					.ifPresentOrElse(group -> groupIds.add(group.id()), () -> line.problem("groepen",
							"import.line.unknownGroup", groupCode, this.currentYear.toString()));
			}
			if (ref.isEmpty()) {
				continue;
			}
			this.index.checkKind(line, "personeelsnummer", ref, PersonKind.EMPLOYEE);
			Row earlier = this.rows.get(ref);
			if (earlier != null) {
				line.problem("personeelsnummer", "import.line.duplicate", ref, earlier.line());
			}
			else if (unitId != null) {
				this.rows.put(ref, new Row(line.number(), ref, name, function, unitId, email, manager, groupIds));
				lineByRef.put(ref, line);
			}
		}
		checkManagers(lineByRef);
	}

	private void checkManagers(Map<String, ImportLine> lineByRef) {
		Map<String, @Nullable String> managerOf = new HashMap<>();
		this.rows.values().forEach(row -> managerOf.put(row.ref(), row.manager()));
		Hierarchy hierarchy = new Hierarchy(managerOf);
		for (Row row : this.rows.values()) {
			String manager = row.manager();
			if (manager == null || manager.equals(row.ref())) {
				continue;
			}
			ImportLine line = lineByRef.get(row.ref());
			boolean known = this.rows.containsKey(manager)
					|| this.index.find(manager).filter(entry -> entry.kind() == PersonKind.EMPLOYEE).isPresent();
			if (!known) {
				line.problem("leidinggevende", "import.line.unknownEmployee", manager);
			}
			else if (hierarchy.inCircle(row.ref())) {
				line.problem("leidinggevende", "import.line.managerCircle", manager);
			}
		}
	}

	@Override
	public Outcome apply() {
		Map<String, @Nullable String> managerOf = new HashMap<>();
		this.rows.values().forEach(row -> managerOf.put(row.ref(), row.manager()));
		List<Change> changes = new ArrayList<>();
		for (String ref : new Hierarchy(managerOf).parentsFirst(this.rows.keySet())) {
			Row row = this.rows.get(ref);
			Long managerId = row.manager() == null ? null
					: this.people.findByRef(row.manager()).map(Person::id).orElseThrow();
			Person person = this.people.findByRef(ref).orElse(null);
			boolean created = person == null;
			if (created) {
				person = Person.employee(ref, row.name(), row.function(), row.unitId(), row.email());
			}
			boolean changed = person.updateEmployee(row.name(), row.function(), row.unitId(), row.email(), managerId,
					row.groupIds());
			if (created || changed) {
				this.people.save(person);
			}
			changes.add(created ? Change.CREATED : Change.of(changed));
		}
		return Outcome.count(changes);
	}

}
