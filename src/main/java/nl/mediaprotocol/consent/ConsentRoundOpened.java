package nl.mediaprotocol.consent;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/** A consent round was opened for a unit. */
record ConsentRoundOpened(long id, String unitCode, String kind, int messagesSent) implements AuditableEvent {

	@Override
	public String action() {
		return "CONSENT_ROUND_OPENED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("CONSENT_ROUND", this.id);
	}

	@Override
	public String details() {
		return this.kind + " for " + this.unitCode + ", " + this.messagesSent + " messages";
	}

}
