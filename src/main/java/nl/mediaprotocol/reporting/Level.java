package nl.mediaprotocol.reporting;

import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * To whom a report goes (3.1.10), and where it escalates to when nobody answers in time.
 */
enum Level {

	TEAMLEIDER(Role.TEAMLEIDER), DIRECTEUR(Role.DIRECTEUR), BESTUUR(Role.BESTUURDER);

	private final Role role;

	Level(Role role) {
		this.role = role;
	}

	Role role() {
		return this.role;
	}

	@Nullable Level next() {
		return this == BESTUUR ? null : values()[ordinal() + 1];
	}

}
