package nl.mediaprotocol.screening;

import org.jspecify.annotations.Nullable;

/**
 * One thing found in a post: where it is ({@code start} and {@code end} are UTF-16
 * offsets into the text, end exclusive), what it is, and the protocol article it
 * enforces. The category refines the type: the kind of person for a name, the kind of
 * harm for harmful content.
 *
 * @param type what was found
 * @param severity whether the post must not go out as it is
 * @param start first UTF-16 offset
 * @param end UTF-16 offset after the last character
 * @param text the matched text
 * @param article the article number, e.g. {@code "3.1.3"}
 * @param category the refinement, e.g. {@code "student"} or {@code "threat"}
 */
public record Finding(FindingType type, Severity severity, int start, int end, String text, String article,
		@Nullable String category) {

	/** The key of the message that says what to do. */
	public String messageKey() {
		return this.category == null || this.type != FindingType.HARMFUL_CONTENT ? this.type.messageKey()
				: this.type.messageKey() + "." + this.category;
	}

	boolean overlaps(Finding other) {
		return this.start < other.end && other.start < this.end;
	}

}
