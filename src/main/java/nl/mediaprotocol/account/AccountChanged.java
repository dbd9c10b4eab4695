package nl.mediaprotocol.account;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/**
 * An account was opened, its password changed, an authenticator app enrolled for it, or
 * all its sessions ended.
 */
public record AccountChanged(String username, Change change, @Nullable String personRef) implements AuditableEvent {

	public enum Change {

		OPENED, PASSWORD_CHANGED, SECOND_FACTOR_ENROLLED, SIGNED_OUT_EVERYWHERE

	}

	@Override
	public String action() {
		return "ACCOUNT_" + this.change;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("ACCOUNT", this.username);
	}

	@Override
	public @Nullable String subjectRef() {
		return this.personRef;
	}

}
