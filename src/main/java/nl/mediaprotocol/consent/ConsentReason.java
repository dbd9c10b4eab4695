package nl.mediaprotocol.consent;

/** Why a consent question has the answer it has. */
public enum ConsentReason {

	/** Nobody who decides has answered: silence is never consent. */
	NO_DECISION,
	/** The person decided for themselves: yes. */
	CONSENTED,
	/** The person decided for themselves: no, or withdrew. */
	REFUSED,
	/** A guardian said yes and none said no. */
	GUARDIAN_CONSENTED,
	/** A guardian said no: with two guardians, one no is a no. */
	GUARDIAN_REFUSED,
	/**
	 * The student is 16 and has not answered yet; their guardians' decision stays in
	 * force until they do.
	 */
	GUARDIANS_DECISION_STANDS,
	/**
	 * The student is 16 and has not answered yet; the board lets the guardians' decision
	 * lapse at 16.
	 */
	STUDENT_DECIDES_NOW,
	/** Consent was given to an earlier text of the purpose; the use changed since. */
	NEW_CONSENT_NEEDED,
	/** The purpose is no longer in use. */
	PURPOSE_INACTIVE

}
