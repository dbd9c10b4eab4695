package nl.mediaprotocol.consent;

/** Who made the decision that counts for a person ({@code NONE}: nobody did). */
public enum Decider {

	/** Ouder/verzorger: for a student under 16, or for themselves. */
	GUARDIAN,
	/** Leerling: for themselves, from 16 (3.1.6). */
	STUDENT,
	/** Medewerker: for themselves. */
	EMPLOYEE,
	/** No decision counts: silence is never consent. */
	NONE

}
