package nl.mediaprotocol.directory;

import java.util.HashSet;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.RoleGrant;
import org.springframework.stereotype.Component;

/**
 * Works out a signed-in person's {@link DirectoryAccess} from their role grants.
 */
@Component
class DirectoryAccessPolicy {

	private final Units units;

	private final People people;

	DirectoryAccessPolicy(Units units, People people) {
		this.units = units;
		this.people = people;
	}

	DirectoryAccess accessOf(CurrentUser user) {
		UnitTree tree = new UnitTree(this.units.findAll());
		DirectoryAccess.Builder access = DirectoryAccess.builder();
		for (RoleGrant grant : user.grants()) {
			Set<Long> unitIds = grant.isBoardWide() ? Set.of()
					: tree.byCode(grant.unitCode()).map(unit -> tree.selfAndDescendants(unit.id())).orElse(Set.of());
			if (!grant.isBoardWide() && unitIds.isEmpty()) {
				// a grant for a unit that no longer exists reaches nobody
				continue;
			}
			RoleReach.of(grant.role())
				.forEach((kind, detail) -> access.reach(kind,
						new DirectoryAccess.Reach(grant.isBoardWide(), unitIds, detail)));
		}
		String ref = user.personRef();
		if (ref != null) {
			this.people.findByRef(ref).ifPresent(person -> {
				Set<Long> own = new HashSet<>(person.childIds());
				own.add(person.id());
				access.own(own);
			});
		}
		return access.build();
	}

}
