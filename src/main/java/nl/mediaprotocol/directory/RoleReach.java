package nl.mediaprotocol.directory;

import java.util.EnumMap;
import java.util.Map;

import nl.mediaprotocol.account.Role;

/**
 * Which kinds of people each role may see in the units where it is held, and in how much
 * detail. Students and guardians share what they need about themselves only; staff see
 * what their work asks.
 */
final class RoleReach {

	private RoleReach() {
	}

	static Map<PersonKind, Detail> of(Role role) {
		Map<PersonKind, Detail> reach = new EnumMap<>(PersonKind.class);
		switch (role) {
			case BEHEERDER, BESTUURDER, FG, DIRECTEUR, TEAMLEIDER, LEERKRACHT, ZORG -> {
				reach.put(PersonKind.EMPLOYEE, Detail.FULL);
				reach.put(PersonKind.STUDENT, Detail.FULL);
				reach.put(PersonKind.GUARDIAN, Detail.FULL);
			}
			case COMMUNICATIE -> {
				// to tag people in the board's posts and check their consent (3.1.6), not
				// to contact them
				reach.put(PersonKind.EMPLOYEE, Detail.FULL);
				reach.put(PersonKind.STUDENT, Detail.NAME);
			}
			case MEDEWERKER, ICT -> reach.put(PersonKind.EMPLOYEE, Detail.FULL);
			case OUDER, LEERLING -> {
			}
		}
		return reach;
	}

}
