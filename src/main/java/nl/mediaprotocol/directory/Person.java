package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An employee, student or guardian, known by the ref the school's administration gives
 * them.
 */
@Table("people")
class Person {

	private @Id @Nullable Long id;

	private String ref;

	private PersonKind kind;

	@Embedded.Empty
	private PersonName name;

	private @Nullable LocalDate dateOfBirth;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String functionTitle;

	private @Nullable Long unitId;

	private @Nullable Long groupId;

	private @Nullable Long managerId;

	/** For a guardian: the students they are guardian of. */
	@MappedCollection(idColumn = "guardian_id")
	private Set<GuardianOf> children;

	/** For an employee: the groups they teach. */
	@MappedCollection(idColumn = "employee_id")
	private Set<Teaches> teaches;

	Person(@Nullable Long id, String ref, PersonKind kind, PersonName name, @Nullable LocalDate dateOfBirth,
			@Nullable String email, @Nullable String phone, @Nullable String functionTitle, @Nullable Long unitId,
			@Nullable Long groupId, @Nullable Long managerId, Set<GuardianOf> children, Set<Teaches> teaches) {
		this.id = id;
		this.ref = ref;
		this.kind = kind;
		this.name = name;
		this.dateOfBirth = dateOfBirth;
		this.email = email;
		this.phone = phone;
		this.functionTitle = functionTitle;
		this.unitId = unitId;
		this.groupId = groupId;
		this.managerId = managerId;
		this.children = new HashSet<>(children);
		this.teaches = new HashSet<>(teaches);
	}

	static Person employee(String ref, PersonName name, String functionTitle, Long unitId, @Nullable String email) {
		return new Person(null, ref, PersonKind.EMPLOYEE, name, null, email, null, functionTitle, unitId, null, null,
				Set.of(), Set.of());
	}

	static Person student(String ref, PersonName name, LocalDate dateOfBirth, ClassGroup group) {
		return new Person(null, ref, PersonKind.STUDENT, name, dateOfBirth, null, null, null, group.unitId(),
				group.id(), null, Set.of(), Set.of());
	}

	static Person guardian(String ref, PersonName name, @Nullable String email, @Nullable String phone) {
		return new Person(null, ref, PersonKind.GUARDIAN, name, null, email, phone, null, null, null, null, Set.of(),
				Set.of());
	}

	boolean updateEmployee(PersonName name, String functionTitle, Long unitId, @Nullable String email,
			@Nullable Long managerId, Set<Long> groupIds) {
		Set<Teaches> teaches = groupIds.stream().map(Teaches::new).collect(Collectors.toSet());
		boolean changed = !this.name.equals(name) || !Objects.equals(this.functionTitle, functionTitle)
				|| !Objects.equals(this.unitId, unitId) || !Objects.equals(this.email, email)
				|| !Objects.equals(this.managerId, managerId) || !this.teaches.equals(teaches);
		this.name = name;
		this.functionTitle = functionTitle;
		this.unitId = unitId;
		this.email = email;
		this.managerId = managerId;
		this.teaches = teaches;
		return changed;
	}

	boolean updateStudent(PersonName name, LocalDate dateOfBirth, ClassGroup group) {
		boolean changed = !this.name.equals(name) || !dateOfBirth.equals(this.dateOfBirth)
				|| !Objects.equals(this.groupId, group.id()) || !Objects.equals(this.unitId, group.unitId());
		this.name = name;
		this.dateOfBirth = dateOfBirth;
		this.groupId = group.id();
		this.unitId = group.unitId();
		return changed;
	}

	boolean updateGuardian(PersonName name, @Nullable String email, @Nullable String phone, Set<Long> studentIds) {
		Set<GuardianOf> children = studentIds.stream().map(GuardianOf::new).collect(Collectors.toSet());
		boolean changed = !this.name.equals(name) || !Objects.equals(this.email, email)
				|| !Objects.equals(this.phone, phone) || !this.children.equals(children);
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.children = children;
		return changed;
	}

	/** Age in whole years on the given day; only students have a date of birth. */
	@Nullable Integer ageOn(LocalDate day) {
		return this.dateOfBirth == null ? null : Period.between(this.dateOfBirth, day).getYears();
	}

	Long id() {
		return Objects.requireNonNull(this.id, "person not saved yet");
	}

	String ref() {
		return this.ref;
	}

	PersonKind kind() {
		return this.kind;
	}

	PersonName name() {
		return this.name;
	}

	@Nullable LocalDate dateOfBirth() {
		return this.dateOfBirth;
	}

	@Nullable String email() {
		return this.email;
	}

	@Nullable String phone() {
		return this.phone;
	}

	@Nullable String functionTitle() {
		return this.functionTitle;
	}

	@Nullable Long unitId() {
		return this.unitId;
	}

	@Nullable Long groupId() {
		return this.groupId;
	}

	@Nullable Long managerId() {
		return this.managerId;
	}

	Set<Long> childIds() {
		return this.children.stream().map(GuardianOf::studentId).collect(Collectors.toSet());
	}

	Set<Long> taughtGroupIds() {
		return this.teaches.stream().map(Teaches::groupId).collect(Collectors.toSet());
	}

	@Table("guardianships")
	record GuardianOf(Long studentId) {
	}

	@Table("group_teachers")
	record Teaches(Long groupId) {
	}

}
