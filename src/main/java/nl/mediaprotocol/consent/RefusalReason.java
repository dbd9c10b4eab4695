package nl.mediaprotocol.consent;

/** Why a decision cannot be recorded. */
enum RefusalReason {

	/** The person is neither the subject nor a guardian of the subject. */
	NOT_ENTITLED,
	/** A student under 16 cannot decide: their guardians do (3.1.6). */
	GUARDIANS_DECIDE_UNDER_16,
	/**
	 * A guardian cannot decide for a student of 16 or older: the student does (3.1.6).
	 */
	STUDENT_DECIDES_FROM_16,
	/** No person with that ref. */
	UNKNOWN_PERSON,
	/** No purpose with that code. */
	UNKNOWN_PURPOSE,
	/** The purpose is no longer in use. */
	PURPOSE_INACTIVE,
	/** In the portal, only the decider's own account records their decision. */
	NOT_YOUR_DECISION,
	/** Only staff record paper forms. */
	PAPER_NEEDS_STAFF,
	/** A paper form needs the scan of the signed form. */
	SCAN_MISSING,
	/** The scan is empty, too large, or not a PDF, JPEG or PNG file. */
	SCAN_UNREADABLE

}
