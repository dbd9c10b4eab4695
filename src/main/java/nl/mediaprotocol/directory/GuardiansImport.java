package nl.mediaprotocol.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

final class GuardiansImport implements SheetImport {

	private final People people;

	private final PeopleIndex index;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final Set<Long> guardiansChanged = new HashSet<>();

	GuardiansImport(People people, PeopleIndex index) {
		this.people = people;
		this.index = index;
	}

	private record Row(int line, String ref, PersonName name, @Nullable String email, @Nullable String phone,
			Set<Long> studentIds) {
	}

	@Override
	public void check(List<ImportLine> lines) {
		for (ImportLine line : lines) {
			String ref = line.ref("relatienummer");
			PersonName name = new PersonName(line.required("voornaam", 100), line.optional("tussenvoegsel", 40),
					line.required("achternaam", 100));
			String email = line.email("email");
			String phone = line.phone("telefoon");
			Set<String> studentRefs = line.list("leerlingen");
			if (studentRefs.isEmpty()) {
				line.problem("leerlingen", "import.line.required");
			}
			Set<Long> studentIds = new HashSet<>();
			for (String studentRef : studentRefs) {
				this.index.find(studentRef)
					.filter(entry -> entry.kind() == PersonKind.STUDENT)
					.ifPresentOrElse(entry -> studentIds.add(entry.id()),
							() -> line.problem("leerlingen", "import.line.unknownStudent", studentRef));
			}
			if (ref.isEmpty()) {
				continue;
			}
			this.index.checkKind(line, "relatienummer", ref, PersonKind.GUARDIAN);
			Row earlier = this.rows.get(ref);
			if (earlier != null) {
				line.problem("relatienummer", "import.line.duplicate", ref, earlier.line());
			}
			else {
				this.rows.put(ref, new Row(line.number(), ref, name, email, phone, studentIds));
			}
		}
	}

	@Override
	public Outcome apply() {
		List<Change> changes = new ArrayList<>();
		for (Row row : this.rows.values()) {
			Person person = this.people.findByRef(row.ref()).orElse(null);
			boolean created = person == null;
			if (created) {
				person = Person.guardian(row.ref(), row.name(), row.email(), row.phone());
			}
			Set<Long> before = created ? Set.of() : person.childIds();
			boolean changed = person.updateGuardian(row.name(), row.email(), row.phone(), row.studentIds());
			if (created || changed) {
				this.people.save(person);
			}
			// students gained or lost this guardian: whose consent counts changed for
			// them
			Set<Long> after = person.childIds();
			before.stream().filter(id -> !after.contains(id)).forEach(this.guardiansChanged::add);
			after.stream().filter(id -> !before.contains(id)).forEach(this.guardiansChanged::add);
			changes.add(created ? Change.CREATED : Change.of(changed));
		}
		return Outcome.count(changes);
	}

	@Override
	public Set<Long> studentsWhoseGuardiansChanged() {
		return this.guardiansChanged;
	}

}
