package nl.mediaprotocol.cases;

/** A step on a case that is not allowed, and why (a message key). */
public class CaseRefused extends RuntimeException {

	CaseRefused(String messageKey) {
		super(messageKey);
	}

	public String messageKey() {
		return getMessage();
	}

}
