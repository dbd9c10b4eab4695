package nl.mediaprotocol.directory;

/**
 * How much of a person a viewer may see.
 */
public enum Detail {

	/**
	 * Name, unit, group and function: enough to recognise someone, e.g. to tag them in a
	 * post.
	 */
	NAME,
	/** Also the date of birth, contact details and family links. */
	FULL;

	Detail atLeast(Detail other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
