package nl.mediaprotocol.care;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a care signal, or someone read it or was refused. The trail keeps
 * no word of what the signal says.
 */
record CareEvent(long id, String what, @Nullable String subjectRef) implements AuditableEvent {

	static final String RECORD_TYPE = "CARE_SIGNAL";

	@Override
	public String action() {
		return "CARE_SIGNAL_" + this.what;
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
