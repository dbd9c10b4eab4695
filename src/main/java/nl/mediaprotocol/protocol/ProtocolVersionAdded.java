package nl.mediaprotocol.protocol;

import java.time.LocalDate;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * A new version of the protocol was adopted and added; employees will be asked to confirm
 * it.
 */
public record ProtocolVersionAdded(int version, LocalDate effectiveFrom, int articles) implements AuditableEvent {

	@Override
	public String action() {
		return "PROTOCOL_VERSION_ADDED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("PROTOCOL_VERSION", this.version);
	}

	@Override
	public String details() {
		return this.articles + " articles, in force from " + this.effectiveFrom;
	}

}
