package nl.mediaprotocol.account;

/**
 * The roles a person can hold; staff roles are granted for a unit or board-wide.
 */
public enum Role {

	/** Beheerder: runs the application for the board. */
	BEHEERDER(true),
	/** Bestuurder: the board (chapter 4 measures are taken with their knowledge). */
	BESTUURDER(true), DIRECTEUR(true), TEAMLEIDER(true),
	/** Leerkracht: a teacher. */
	LEERKRACHT(true), MEDEWERKER(true),
	/** Communicatie: editor of the board's own social media accounts (3.1.6). */
	COMMUNICATIE(true),
	/** Zorg: care coordinator, the "zorgstructuur" of 1.8 and 4.4. */
	ZORG(true),
	/** ICT: may monitor internet use on a manager's request (3.1.11). */
	ICT(true),
	/** FG: the Functionaris Gegevensbescherming (data protection officer). */
	FG(true),
	/** Ouder/verzorger: a guardian. */
	OUDER(false),
	/** Leerling: a student. */
	LEERLING(false);

	private final boolean staff;

	Role(boolean staff) {
		this.staff = staff;
	}

	public boolean isStaff() {
		return this.staff;
	}

	/** The Spring Security authority, e.g. {@code ROLE_DIRECTEUR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The demo account of this role is named after it in lower case. */
	public String demoUsername() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
