package nl.mediaprotocol.privacy;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/** The FG exported everything about a person, on their request of access. */
record AccessExported(String subjectRef) implements AuditableEvent {

	@Override
	public String action() {
		return "PRIVACY_ACCESS_EXPORTED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(AuditedRecord.PERSON, this.subjectRef);
	}

	@Override
	public String subjectRef() {
		return this.subjectRef;
	}

}
