package nl.mediaprotocol.directory;

import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works out a signed-in person's {@link DirectoryAccess} from their role grants.
 */
@Component
class DirectoryAccessPolicy {

	private final UnitTreeCache units;

	private final JdbcClient jdbc;

	DirectoryAccessPolicy(UnitTreeCache units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	DirectoryAccess accessOf(CurrentUser user) {
		UnitTree tree = this.units.tree();
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
			// themselves and the students they are guardian of, in one query
			List<Long> own = this.jdbc.sql("""
					select p.id from people p where p.ref = :ref
					union all
					select g.student_id from guardianships g join people p on p.id = g.guardian_id where p.ref = :ref
					""").param("ref", ref).query(Long.class).list();
			access.own(own);
		}
		return access.build();
	}

}
