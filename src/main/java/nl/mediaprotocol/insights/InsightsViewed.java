package nl.mediaprotocol.insights;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * Someone looked at the dashboard, or downloaded one of its figures: small numbers about
 * students, so every look is recorded with the period and unit asked for.
 *
 * @param figure the figure downloaded, or {@code dashboard} for the page
 */
record InsightsViewed(String figure, boolean exported, String details) implements AuditableEvent {

	static final String RECORD_TYPE = "INSIGHTS";

	@Override
	public String action() {
		return this.exported ? "INSIGHTS_EXPORTED" : "INSIGHTS_VIEWED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.figure);
	}

}
