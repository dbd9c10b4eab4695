package nl.mediaprotocol.channels;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
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
		return new Reach(this.directory.currentGroupsTaughtBy(user),
				this.directory.currentGroupsReachedBy(user, SCHOOL));
	}

}
