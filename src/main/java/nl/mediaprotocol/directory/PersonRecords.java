package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People read together with what the rules and their records need: for a guardian, the
 * units of their children; for a student, their guardians; and, when asked, the people a
 * record names (manager, guardians, children). A page of search results costs a fixed
 * number of queries this way, not a dozen per person.
 */
final class PersonRecords {

	/** The most values one {@code in (...)} list carries. */
	private static final int IN_LIST_MAX = 1000;

	private final JdbcClient jdbc;

	private final Map<Long, Person> byId = new HashMap<>();

	/** Per student read, the ids of their guardians. */
	private final Map<Long, List<Long>> guardians = new HashMap<>();

	/** Per guardian read, the units of their children. */
	private final Map<Long, Set<Long>> childUnits = new HashMap<>();

	private PersonRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** These people, by id, with the people their records name. */
	static PersonRecords withRelated(JdbcClient jdbc, Collection<Long> ids) {
		PersonRecords records = new PersonRecords(jdbc);
		List<Person> read = records.read("id", ids);
		List<Long> students = read.stream().filter(p -> p.kind() == PersonKind.STUDENT).map(Person::id).toList();
		forChunks(students,
				chunk -> jdbc.sql("select student_id, guardian_id from guardianships where student_id in (:ids)")
					.param("ids", chunk)
					.query(rs -> {
						records.guardians.computeIfAbsent(rs.getLong("student_id"), id -> new ArrayList<>())
							.add(rs.getLong("guardian_id"));
					}));
		Set<Long> related = new HashSet<>();
		for (Person person : read) {
			if (person.managerId() != null) {
				related.add(person.managerId());
			}
			related.addAll(person.childIds());
			related.addAll(records.guardianIdsOf(person));
		}
		related.removeAll(records.byId.keySet());
		records.read("id", related);
		return records;
	}

	/** These people, by ref, without the people their records name. */
	static PersonRecords byRefs(JdbcClient jdbc, Collection<String> refs) {
		PersonRecords records = new PersonRecords(jdbc);
		records.read("ref", refs);
		return records;
	}

	Optional<Person> person(Long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	Collection<Person> all() {
		return this.byId.values();
	}

	/** A student's guardians; none for anyone else. */
	List<Long> guardianIdsOf(Person person) {
		return this.guardians.getOrDefault(person.id(), List.of());
	}

	/** The units a person belongs to: a guardian to the units of their children. */
	Collection<Long> unitsOf(Person person) {
		if (person.kind() == PersonKind.GUARDIAN) {
			return this.childUnits.getOrDefault(person.id(), Set.of());
		}
		return person.unitId() == null ? List.of() : List.of(person.unitId());
	}

	/** Reads the people whose column (id or ref) holds one of the values. */
	private <T> List<Person> read(String column, Collection<T> values) {
		List<Person> read = new ArrayList<>();
		forChunks(List.copyOf(new HashSet<>(values)),
				chunk -> read.addAll(this.jdbc.sql("""
						select id, ref, kind, first_name, last_name_prefix, last_name, date_of_birth, email, phone,
						       function_title, unit_id, group_id, manager_id
						from people where\s""" + column + " in (:values)")
					.param("values", chunk)
					.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("ref"),
							PersonKind.valueOf(rs.getString("kind")),
							new PersonName(rs.getString("first_name"), rs.getString("last_name_prefix"),
									rs.getString("last_name")),
							rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"),
							rs.getString("phone"), rs.getString("function_title"), rs.getObject("unit_id", Long.class),
							rs.getObject("group_id", Long.class), rs.getObject("manager_id", Long.class), Set.of(),
							Set.of()))
					.list()));
		// what the people table does not hold: a guardian's children, an employee's
		// groups
		Map<Long, Set<Person.GuardianOf>> children = new HashMap<>();
		Map<Long, Set<Person.Teaches>> teaches = new HashMap<>();
		Map<Long, Set<Long>> units = new HashMap<>();
		List<Long> guardianIds = read.stream().filter(p -> p.kind() == PersonKind.GUARDIAN).map(Person::id).toList();
		forChunks(guardianIds,
				chunk -> this.jdbc.sql("""
						select g.guardian_id, g.student_id, s.unit_id
						from guardianships g join people s on s.id = g.student_id where g.guardian_id in (:ids)""")
					.param("ids", chunk)
					.query(rs -> {
						long guardian = rs.getLong("guardian_id");
						children.computeIfAbsent(guardian, id -> new HashSet<>())
							.add(new Person.GuardianOf(rs.getLong("student_id")));
						Long unit = rs.getObject("unit_id", Long.class);
						Set<Long> ofGuardian = units.computeIfAbsent(guardian, id -> new HashSet<>());
						if (unit != null) {
							ofGuardian.add(unit);
						}
					}));
		List<Long> employeeIds = read.stream().filter(p -> p.kind() == PersonKind.EMPLOYEE).map(Person::id).toList();
		forChunks(employeeIds,
				chunk -> this.jdbc.sql("select employee_id, group_id from group_teachers where employee_id in (:ids)")
					.param("ids", chunk)
					.query(rs -> {
						teaches.computeIfAbsent(rs.getLong("employee_id"), id -> new HashSet<>())
							.add(new Person.Teaches(rs.getLong("group_id")));
					}));
		List<Person> complete = new ArrayList<>();
		for (Person person : read) {
			Person whole = new Person(person.id(), person.ref(), person.kind(), person.name(), person.dateOfBirth(),
					person.email(), person.phone(), person.functionTitle(), person.unitId(), person.groupId(),
					person.managerId(), children.getOrDefault(person.id(), Set.of()),
					teaches.getOrDefault(person.id(), Set.of()));
			this.byId.put(whole.id(), whole);
			this.childUnits.put(whole.id(), units.getOrDefault(whole.id(), Set.of()));
			complete.add(whole);
		}
		return complete;
	}

	private static <T> void forChunks(List<T> values, java.util.function.Consumer<List<T>> action) {
		for (int from = 0; from < values.size(); from += IN_LIST_MAX) {
			action.accept(values.subList(from, Math.min(values.size(), from + IN_LIST_MAX)));
		}
	}

}
