package nl.mediaprotocol.channels;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import org.springframework.stereotype.Component;

/**
 * Whose groups are whose: a teacher (LEERKRACHT) asks for the groups they teach; the
 * school (teamleider, directeur) decides for the groups in the units their role reaches.
 * Both see the agreements of those groups.
 */
@Component
class ChannelAccess {

	/** Who answers for the school. */
	static final Set<Role> SCHOOL = EnumSet.of(Role.TEAMLEIDER, Role.DIRECTEUR);

	private final Directory directory;

	ChannelAccess(Directory directory) {
		this.directory = directory;
	}

	/** The groups (this school year) a viewer teaches, and those their role manages. */
	record Reach(Set<Long> taughtGroups, Set<Long> managedGroups) {

		boolean teaches(long groupId) {
			return this.taughtGroups.contains(groupId);
		}

		boolean manages(long groupId) {
			return this.managedGroups.contains(groupId);
		}

		boolean isStaffOf(long groupId) {
			return teaches(groupId) || manages(groupId);
		}

		Set<Long> staffGroups() {
			Set<Long> all = new HashSet<>(this.taughtGroups);
			all.addAll(this.managedGroups);
			return all;
		}

	}

	Reach of(CurrentUser user) {
		Set<Long> taught = new HashSet<>();
		String ref = user.personRef();
		if (user.has(Role.LEERKRACHT) && ref != null) {
			this.directory.person(user, ref)
				.ifPresent(teacher -> teacher.teaches()
					.stream()
					.filter(this::isCurrent)
					.forEach(group -> taught.add(group.id())));
		}
		Set<Long> managed = new HashSet<>();
		for (RoleGrant grant : user.grants()) {
			if (SCHOOL.contains(grant.role())) {
				List<String> units = grant.isBoardWide()
						? this.directory.unitTree().stream().map(node -> node.unit().code()).toList()
						: List.of(grant.unitCode());
				units.forEach(unit -> this.directory.groupsInUnit(unit).forEach(group -> managed.add(group.id())));
			}
		}
		return new Reach(Set.copyOf(taught), Set.copyOf(managed));
	}

	private boolean isCurrent(GroupLabel group) {
		return this.directory.currentGroup(group.code()).filter(current -> current.id() == group.id()).isPresent();
	}

}
