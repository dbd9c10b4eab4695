package nl.mediaprotocol.consent;

/** A decision that cannot be recorded, and why. */
class ConsentRefused extends RuntimeException {

	private final RefusalReason reason;

	ConsentRefused(RefusalReason reason) {
		super(reason.name());
		this.reason = reason;
	}

	RefusalReason reason() {
		return this.reason;
	}

}
