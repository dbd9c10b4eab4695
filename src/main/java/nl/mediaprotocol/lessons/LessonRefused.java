package nl.mediaprotocol.lessons;

/** A permission or a step on one that is not allowed, and why (a message key). */
class LessonRefused extends RuntimeException {

	static final String NOT_FOUND = "lessons.refused.notFound";

	LessonRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
