package nl.mediaprotocol.consent;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * Someone looked at a person's consents and their history: a read of a sensitive record.
 */
record ConsentViewed(String ref) implements AuditableEvent {

	@Override
	public String action() {
		return "CONSENTS_VIEWED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(AuditedRecord.PERSON, this.ref);
	}

	@Override
	public String subjectRef() {
		return this.ref;
	}

}
