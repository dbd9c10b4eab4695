package nl.mediaprotocol.protocol;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * An employee confirmed having read a version of the protocol (article 3.1.4).
 */
public record ProtocolAcknowledged(int version, String personRef) implements AuditableEvent {

	@Override
	public String action() {
		return "PROTOCOL_ACKNOWLEDGED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("PROTOCOL_VERSION", this.version);
	}

	@Override
	public String subjectRef() {
		return this.personRef;
	}

}
