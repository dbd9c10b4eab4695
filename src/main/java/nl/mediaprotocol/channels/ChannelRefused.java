package nl.mediaprotocol.channels;

/** A request or a step on an agreement that is not allowed, and why (a message key). */
class ChannelRefused extends RuntimeException {

	static final String NOT_FOUND = "channels.refused.notFound";

	ChannelRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
