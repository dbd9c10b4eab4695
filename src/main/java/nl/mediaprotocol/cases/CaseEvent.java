package nl.mediaprotocol.cases;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/** Something happened on a case. */
record CaseEvent(long id, String what, @Nullable String subjectRef,
		@Nullable String details) implements AuditableEvent {

	static final String RECORD_TYPE = "CASE";

	@Override
	public String action() {
		return "CASE_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.id);
	}

	@Override
	public @Nullable String subjectRef() {
		return this.subjectRef;
	}

}
