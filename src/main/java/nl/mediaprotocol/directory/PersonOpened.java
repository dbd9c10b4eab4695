package nl.mediaprotocol.directory;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * Someone opened a person's record, or tried to and was refused because their roles do
 * not reach that person. Both are read access to a sensitive record, so both are audited.
 */
public record PersonOpened(String ref, boolean refused) implements AuditableEvent {

	static final String RECORD_TYPE = AuditedRecord.PERSON;

	@Override
	public String action() {
		return this.refused ? "PERSON_OPEN_REFUSED" : "PERSON_OPENED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.ref);
	}

	@Override
	public String subjectRef() {
		return this.ref;
	}

}
