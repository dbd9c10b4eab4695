package nl.mediaprotocol.cases;

/** What a step on a ladder is. */
public enum StepKind {

	/** A conversation: the first step is always one (4.3, 4.4). */
	CONVERSATION,
	/** Involving the care structure (4.4, 1.8): care, not a sanction. */
	CARE,
	/** A measure: a sanction. */
	MEASURE

}
