package nl.mediaprotocol.publication;

/** A step on the way to publication that is not allowed, and why (a message key). */
class PublicationRefused extends RuntimeException {

	PublicationRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
