package nl.mediaprotocol.consent;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/** A decision was recorded in the consent register. */
public record ConsentDecisionRecorded(long id, String ref, String purpose, Medium medium, boolean granted,
		String decidedByRef, DecisionMethod method) implements AuditableEvent {

	@Override
	public String action() {
		return "CONSENT_DECISION_RECORDED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("CONSENT", this.ref + "/" + this.purpose + "/" + this.medium);
	}

	@Override
	public String subjectRef() {
		return this.ref;
	}

	@Override
	public String details() {
		return (this.granted ? "yes" : "no") + " by " + this.decidedByRef + " (" + this.method + ")";
	}

}
