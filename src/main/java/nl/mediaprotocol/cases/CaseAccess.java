package nl.mediaprotocol.cases;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: its handler, the handler's manager, and for a case about an
 * employee the bestuurder (who also sees a student's case while a measure waits for their
 * acknowledgement). The subject never does, whatever else they are. Who may open one: a
 * teamleider, directeur or bestuurder whose role reaches the subject's unit.
 */
@Component
class CaseAccess {

	static final Set<Role> HANDLERS = Set.of(Role.TEAMLEIDER, Role.DIRECTEUR, Role.BESTUURDER);

	private final AccountRegistry accounts;

	private final Directory directory;

	private final SanctionLadders ladders;

	CaseAccess(AccountRegistry accounts, Directory directory, SanctionLadders ladders) {
		this.accounts = accounts;
		this.directory = directory;
		this.ladders = ladders;
	}

	boolean maySee(CurrentUser viewer, Case found) {
		return maySee(viewer, found, this::managerOf);
	}

	/**
	 * {@link #maySee} for the cases of one list: each handler's manager is looked up
	 * once, not once per case.
	 */
	Predicate<Case> maySee(CurrentUser viewer) {
		Map<String, Optional<String>> managers = new java.util.HashMap<>();
		return found -> maySee(viewer, found,
				handler -> managers.computeIfAbsent(handler, key -> Optional.ofNullable(managerOf(key))).orElse(null));
	}

	private boolean maySee(CurrentUser viewer, Case found, Function<String, @Nullable String> managerOf) {
		if (Objects.equals(viewer.personRef(), found.subjectRef())) {
			return false;
		}
		if (found.handler().equals(viewer.getUsername())) {
			return true;
		}
		if (viewer.has(Role.BESTUURDER) && (found.subjectKind() == SubjectKind.EMPLOYEE
				|| !found.awaitingAcknowledgement(this.ladders.forSubject(found.subjectKind())).isEmpty())) {
			return true;
		}
		return viewer.personRef() != null && viewer.personRef().equals(managerOf.apply(found.handler()));
	}

	/**
	 * A condition on {@code c} (the cases table) that holds for the cases the viewer may
	 * see, as {@link #maySee} decides it, so that a list can be read a page at a time.
	 */
	CaseRecords.Condition visibleTo(CurrentUser viewer) {
		List<String> managed = viewer.personRef() == null ? List.of()
				: this.directory.managedBy(viewer.personRef())
					.stream()
					// disabled accounts too: maySee finds the manager of a handler who
					// has left
					.flatMap(ref -> this.accounts.everyUsernameOf(ref).stream())
					.toList();
		StringBuilder condition = new StringBuilder("c.handler = :viewer");
		Map<String, Object> params = new java.util.HashMap<>(Map.of("viewer", viewer.getUsername()));
		if (!managed.isEmpty()) {
			condition.append(" or c.handler in (:managed)");
			params.put("managed", managed);
		}
		if (viewer.has(Role.BESTUURDER)) {
			// employee cases, and measures waiting for the acknowledgement
			condition.append(" or c.subject_kind = 'EMPLOYEE'");
			StringBuilder awaiting = new StringBuilder();
			for (SubjectKind kind : SubjectKind.values()) {
				List<String> steps = this.ladders.forSubject(kind).stepsNeedingAcknowledgement();
				if (kind != SubjectKind.EMPLOYEE && !steps.isEmpty()) {
					awaiting.append(awaiting.isEmpty() ? "" : " or ")
						.append("(c.subject_kind = '")
						.append(kind.name())
						.append("' and e.step_code in (:steps")
						.append(kind.name())
						.append("))");
					params.put("steps" + kind.name(), steps);
				}
			}
			if (!awaiting.isEmpty()) {
				condition.append(" or exists (select 1 from case_entries e")
					.append(" left join case_acknowledgements a on a.entry_id = e.id")
					.append(" where e.case_id = c.id and e.kind = 'STEP' and a.entry_id is null and (")
					.append(awaiting)
					.append("))");
			}
		}
		String visible = "(" + condition + ")";
		if (viewer.personRef() != null) {
			// never a case about oneself
			visible += " and c.subject_ref <> :self";
			params.put("self", viewer.personRef());
		}
		return new CaseRecords.Condition(visible, params);
	}

	/**
	 * The subject as the viewer may open a case about them, when their role reaches the
	 * subject's unit; never themselves.
	 */
	Optional<PersonFacts> subjectFor(CurrentUser viewer, String ref) {
		if (ref.equals(viewer.personRef()) || !this.directory.sees(viewer, ref)) {
			return Optional.empty();
		}
		return this.directory.facts(ref).filter(subject -> this.directory.reaches(viewer, HANDLERS, unitOf(subject)));
	}

	boolean mayOpenCases(CurrentUser viewer) {
		return HANDLERS.stream().anyMatch(viewer::has);
	}

	/** The unit a case about this person belongs to; for a guardian, a child's unit. */
	@Nullable String unitOf(PersonFacts subject) {
		if (subject.unitCode() != null || subject.studentRefs().isEmpty()) {
			return subject.unitCode();
		}
		return this.directory.facts(subject.studentRefs())
			.stream()
			.map(PersonFacts::unitCode)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Everyone who may see the case and can get a task on it. */
	List<String> colleaguesOn(Case found) {
		List<String> usernames = new java.util.ArrayList<>();
		usernames.add(found.handler());
		String manager = managerOf(found.handler());
		if (manager != null) {
			usernames.addAll(this.accounts.usernamesOf(manager));
		}
		if (found.subjectKind() == SubjectKind.EMPLOYEE) {
			this.accounts.holdersOf(Role.BESTUURDER)
				.stream()
				.map(AccountRegistry.RoleHolder::username)
				.forEach(usernames::add);
		}
		return usernames.stream().distinct().toList();
	}

	/** An account's name as the directory has it, else the username. */
	String nameOf(String username) {
		return this.accounts.personRefOf(username)
			.flatMap(this.directory::facts)
			.map(PersonFacts::displayName)
			.orElse(username);
	}

	private @Nullable String managerOf(String handler) {
		return this.accounts.personRefOf(handler)
			.flatMap(this.directory::facts)
			.map(PersonFacts::managerRef)
			.orElse(null);
	}

}
