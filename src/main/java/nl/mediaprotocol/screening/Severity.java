package nl.mediaprotocol.screening;

/**
 * How bad a finding is: a post with a {@code BLOCK} must not go out as it is; a
 * {@code WARN} asks the author to look again.
 */
public enum Severity {

	WARN, BLOCK

}
