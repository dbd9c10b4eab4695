package nl.mediaprotocol.reporting;

/** A report or a step on it that is not allowed, and why (a message key). */
class ReportRefused extends RuntimeException {

	ReportRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
