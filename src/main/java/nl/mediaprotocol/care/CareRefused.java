package nl.mediaprotocol.care;

import java.util.List;

/** A signal or a step on it that is not allowed, and why (message keys). */
class CareRefused extends RuntimeException {

	static final String NOT_FOUND = "care.refused.notFound";

	private final List<String> messageKeys;

	CareRefused(String messageKey) {
		this(List.of(messageKey));
	}

	CareRefused(List<String> messageKeys) {
		super(String.join(", ", messageKeys));
		this.messageKeys = List.copyOf(messageKeys);
	}

	String messageKey() {
		return this.messageKeys.getFirst();
	}

	/** Every problem, when a form had more than one. */
	List<String> messageKeys() {
		return this.messageKeys;
	}

	boolean isNotFound() {
		return NOT_FOUND.equals(messageKey());
	}

}
