package nl.mediaprotocol.consent;

import java.time.Instant;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * A person may no longer appear for a purpose in a medium where they could before:
 * consent was withdrawn, or a second guardian said no. Effective at once; publications
 * showing the person are to be taken down (3.1.6).
 */
public record ConsentWithdrawn(String ref, String purpose, Medium medium,
		Instant withdrawnAt) implements AuditableEvent {

	@Override
	public String action() {
		return "CONSENT_WITHDRAWN";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("CONSENT", this.ref + "/" + this.purpose + "/" + this.medium);
	}

	@Override
	public String subjectRef() {
		return this.ref;
	}

}
