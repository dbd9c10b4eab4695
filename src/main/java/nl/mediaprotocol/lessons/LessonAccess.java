package nl.mediaprotocol.lessons;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import org.springframework.stereotype.Component;

/**
 * Whose groups are whose: a teacher (LEERKRACHT) gives permission for the groups they
 * teach, management (teamleider, directeur: the "MT" of 3.1.2) for the groups in the
 * units their role reaches; students and guardians see what concerns their own group.
 */
@Component
class LessonAccess {

	/** The MT of 3.1.2. */
	static final Set<Role> MANAGEMENT = EnumSet.of(Role.TEAMLEIDER, Role.DIRECTEUR);

	private final Directory directory;

	LessonAccess(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The groups (this school year) a viewer works with as staff, and those of their own
	 * or their children.
	 */
	record Reach(Set<Long> staffGroups, Set<Long> familyGroups) {

		boolean isStaffOf(long groupId) {
			return this.staffGroups.contains(groupId);
		}

		boolean isFamilyOf(long groupId) {
			return this.familyGroups.contains(groupId);
		}

		Set<Long> allGroups() {
			Set<Long> all = new HashSet<>(this.staffGroups);
			all.addAll(this.familyGroups);
			return all;
		}

	}

	Reach of(CurrentUser user) {
		Set<Long> staff = new HashSet<>();
		String ref = user.personRef();
		if (user.has(Role.LEERKRACHT) && ref != null) {
			this.directory.person(user, ref)
				.ifPresent(teacher -> teacher.teaches()
					.stream()
					.filter(this::isCurrent)
					.forEach(group -> staff.add(group.id())));
		}
		for (RoleGrant grant : user.grants()) {
			if (MANAGEMENT.contains(grant.role())) {
				List<String> units = grant.isBoardWide()
						? this.directory.unitTree().stream().map(node -> node.unit().code()).toList()
						: List.of(grant.unitCode());
				units.forEach(unit -> this.directory.groupsInUnit(unit).forEach(group -> staff.add(group.id())));
			}
		}
		Set<Long> family = new HashSet<>();
		if (ref != null) {
			this.directory.facts(ref).ifPresent(person -> {
				if (person.kind() == PersonKind.STUDENT && person.groupId() != null) {
					family.add(person.groupId());
				}
				this.directory.facts(person.studentRefs())
					.stream()
					.filter(child -> child.groupId() != null)
					.forEach(child -> family.add(child.groupId()));
			});
		}
		return new Reach(Set.copyOf(staff), Set.copyOf(family));
	}

	private boolean isCurrent(GroupLabel group) {
		return this.directory.currentGroup(group.code()).filter(current -> current.id() == group.id()).isPresent();
	}

}
