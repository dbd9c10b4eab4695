package nl.mediaprotocol.consent;

/** How a decision was made in writing. */
public enum DecisionMethod {

	/** In the portal, by the decider's own signed-in account. */
	PORTAL,
	/** On a signed paper form, scanned and recorded by staff. */
	PAPER

}
