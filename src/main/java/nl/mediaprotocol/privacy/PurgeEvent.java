package nl.mediaprotocol.privacy;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/** The purge removed records of one kind: how many, never what. */
record PurgeEvent(String kind, String details) implements AuditableEvent {

	@Override
	public String action() {
		return "PRIVACY_PURGED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("RETENTION", this.kind);
	}

}
