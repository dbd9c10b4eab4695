package nl.mediaprotocol.cases;

/**
 * What the board classified a case as, when that brings duties of its own beyond the
 * ladder.
 */
public enum CaseClassification {

	/**
	 * A possible sexual offence by a staff member against a minor student: the statutory
	 * duty to inform the bestuur directly, the bestuur's duty to consult the
	 * vertrouwensinspecteur at once and, on a reasonable suspicion, to report to the
	 * police.
	 */
	SEXUAL_OFFENCE_AGAINST_MINOR

}
