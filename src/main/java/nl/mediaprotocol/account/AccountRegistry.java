package nl.mediaprotocol.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts for people in the directory.
 */
@Service
public class AccountRegistry {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	AccountRegistry(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public void open(String username, String displayName, @Nullable String personRef, String password,
			Set<RoleGrant> grants) {
		if (this.accounts.existsByUsername(Usernames.normalize(username))) {
			throw new IllegalStateException("An account named " + username + " exists already");
		}
		this.accounts
			.save(Account.create(username, this.passwordEncoder.encode(password), displayName, personRef, grants));
	}

	/** Sets a new password, e.g. for the demo accounts at each start. */
	@Transactional
	public void changePassword(String username, String password) {
		Account account = this.accounts.findByUsername(Usernames.normalize(username))
			.orElseThrow(() -> new IllegalArgumentException("No account named " + username));
		account.changePasswordHash(this.passwordEncoder.encode(password));
		this.accounts.save(account);
		this.events.publishEvent(
				new AccountChanged(account.username(), AccountChanged.Change.PASSWORD_CHANGED, account.personRef()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(Usernames.normalize(username));
	}

	@Transactional(readOnly = true)
	public boolean hasAccounts() {
		return this.accounts.count() > 0;
	}

}
