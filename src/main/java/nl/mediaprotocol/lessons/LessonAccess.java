package nl.mediaprotocol.lessons;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
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
		Set<Long> staff = new HashSet<>(this.directory.currentGroupsTaughtBy(user));
		staff.addAll(this.directory.currentGroupsReachedBy(user, MANAGEMENT));
		String ref = user.personRef();
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

}
