package nl.mediaprotocol.account;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * Someone tried to sign in with a username: it succeeded, the password was wrong, or the
 * username was locked after too many failures.
 */
public record SignInAttempted(String username, Outcome outcome) implements AuditableEvent {

	public enum Outcome {

		SUCCEEDED, FAILED, LOCKED

	}

	@Override
	public String action() {
		return "SIGN_IN_" + this.outcome;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("ACCOUNT", Usernames.normalize(this.username));
	}

}
