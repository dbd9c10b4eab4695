package nl.mediaprotocol.directory;

/**
 * The kinds of people the protocol addresses (article 2.1).
 */
public enum PersonKind {

	/** Medewerker. */
	EMPLOYEE,
	/** Leerling. */
	STUDENT,
	/** Ouder/verzorger. */
	GUARDIAN

}
