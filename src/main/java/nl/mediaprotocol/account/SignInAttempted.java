package nl.mediaprotocol.account;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * Someone tried to sign in with a username: it succeeded, the password was wrong, or the
 * username was locked after too many failures; the same for the code of the second
 * factor, and for a sign-in with the school's account, which may be refused for an
 * unknown account or another school.
 */
public record SignInAttempted(String username, Outcome outcome) implements AuditableEvent {

	public enum Outcome {

		SUCCEEDED, FAILED, LOCKED, SECOND_FACTOR_SUCCEEDED, SECOND_FACTOR_FAILED, SECOND_FACTOR_LOCKED,
		SCHOOL_ACCOUNT_SUCCEEDED, SCHOOL_ACCOUNT_UNKNOWN, SCHOOL_ACCOUNT_OTHER_TENANT

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
