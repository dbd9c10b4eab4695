package nl.mediaprotocol.monitoring;

/** A step on a monitoring request that is not allowed, and why (a message key). */
class MonitoringRefused extends RuntimeException {

	MonitoringRefused(String messageKey) {
		super(messageKey);
	}

	String messageKey() {
		return getMessage();
	}

}
