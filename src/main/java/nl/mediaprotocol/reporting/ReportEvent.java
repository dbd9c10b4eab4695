package nl.mediaprotocol.reporting;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/**
 * Something happened to a report, or someone read it. What an anonymous reporter does is
 * recorded without their address.
 */
record ReportEvent(long id, String what, boolean byAnonymousReporter,
		@Nullable String details) implements AuditableEvent {

	@Override
	public String action() {
		return "REPORT_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("REPORT", this.id);
	}

	@Override
	public boolean recordsAddress() {
		return !this.byAnonymousReporter;
	}

}
