package nl.mediaprotocol.monitoring;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/** Something happened on a monitoring request, or someone read it. */
record MonitoringEvent(long id, String what, @Nullable String subjectRef,
		@Nullable String details) implements AuditableEvent {

	static final String RECORD_TYPE = "MONITORING";

	@Override
	public String action() {
		return "MONITORING_" + this.what;
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
