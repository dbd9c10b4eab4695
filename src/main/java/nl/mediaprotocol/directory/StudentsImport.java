package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class StudentsImport implements SheetImport {

	/**
	 * Special education runs to 20; younger than 2 or older than 25 is a typing error.
	 */
	static final int YOUNGEST = 2;

	static final int OLDEST = 25;

	private final ClassGroups groups;

	private final People people;

	private final PeopleIndex index;

	private final LocalDate today;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	StudentsImport(ClassGroups groups, People people, PeopleIndex index, LocalDate today) {
		this.groups = groups;
		this.people = people;
		this.index = index;
		this.today = today;
	}

	private record Row(int line, String ref, PersonName name, LocalDate dateOfBirth, ClassGroup group) {
	}

	@Override
	public void check(List<ImportLine> lines) {
		SchoolYear currentYear = SchoolYear.containing(this.today);
		for (ImportLine line : lines) {
			String ref = line.ref("leerlingnummer");
			PersonName name = new PersonName(line.required("voornaam", 100), line.optional("tussenvoegsel", 40),
					line.required("achternaam", 100));
			LocalDate dateOfBirth = line.date("geboortedatum");
			if (dateOfBirth != null && dateOfBirth.isAfter(this.today)) {
				line.problem("geboortedatum", "import.line.bornInFuture", dateOfBirth);
				dateOfBirth = null;
			}
			else if (dateOfBirth != null) {
				int age = Period.between(dateOfBirth, this.today).getYears();
				if (age < YOUNGEST || age > OLDEST) {
					line.problem("geboortedatum", "import.line.implausibleAge", age, YOUNGEST, OLDEST);
					dateOfBirth = null;
				}
			}
			String groupCode = line.required("groep", 40);
			SchoolYear year = line.schoolYear("schooljaar", currentYear).orElse(null);
			ClassGroup group = null;
			if (!groupCode.isEmpty() && year != null) {
				group = this.groups.findByCodeAndSchoolYear(groupCode, year.toString()).orElse(null);
				if (group == null) {
					line.problem("groep", "import.line.unknownGroup", groupCode, year.toString());
				}
			}
			if (ref.isEmpty()) {
				continue;
			}
			this.index.checkKind(line, "leerlingnummer", ref, PersonKind.STUDENT);
			Row earlier = this.rows.get(ref);
			if (earlier != null) {
				line.problem("leerlingnummer", "import.line.duplicate", ref, earlier.line());
			}
			else if (dateOfBirth != null && group != null) {
				this.rows.put(ref, new Row(line.number(), ref, name, dateOfBirth, group));
			}
		}
	}

	@Override
	public Outcome apply() {
		List<Change> changes = new ArrayList<>();
		for (Row row : this.rows.values()) {
			Person person = this.people.findByRef(row.ref()).orElse(null);
			if (person == null) {
				this.people.save(Person.student(row.ref(), row.name(), row.dateOfBirth(), row.group()));
				changes.add(Change.CREATED);
				continue;
			}
			boolean changed = person.updateStudent(row.name(), row.dateOfBirth(), row.group());
			if (changed) {
				this.people.save(person);
			}
			changes.add(Change.of(changed));
		}
		return Outcome.count(changes);
	}

}
