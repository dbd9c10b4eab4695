package nl.mediaprotocol.consent;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * A purpose was added, its text changed (so earlier consent for it no longer counts), or
 * it was switched on or off.
 */
public record PurposeChanged(String code, Change change, int textVersion) implements AuditableEvent {

	public enum Change {

		ADDED, TEXT_CHANGED, ACTIVATED, DEACTIVATED

	}

	@Override
	public String action() {
		return "CONSENT_PURPOSE_" + this.change;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("CONSENT_PURPOSE", this.code);
	}

	@Override
	public String details() {
		return this.textVersion > 0 ? "text version " + this.textVersion : null;
	}

}
