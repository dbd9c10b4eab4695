package nl.mediaprotocol.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	AccountRegistry(Accounts accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		Account account = this.accounts
			.save(Account.create(username, this.passwordEncoder.encode(password), displayName, personRef, grants));
		this.events.publishEvent(new AccountChanged(account.username(), AccountChanged.Change.OPENED, personRef));
	}

	/** Sets a new password, e.g. for the demo accounts at each start. */
	@Transactional
	public void changePassword(String username, String password) {
		Account account = this.accounts.findByUsername(Usernames.normalize(username))
			.orElseThrow(() -> new IllegalArgumentException("No account named " + username));
		account.changePasswordHash(this.passwordEncoder.encode(password));
		this.accounts.save(account);
		// whoever knew the old password is signed out too
		endSessionsOf(account.username());
		this.events.publishEvent(
				new AccountChanged(account.username(), AccountChanged.Change.PASSWORD_CHANGED, account.personRef()));
	}

	/** Ends every session of the account on every instance, the caller's too. */
	@Transactional
	void signOutEverywhere(String username) {
		String normalized = Usernames.normalize(username);
		if (endSessionsOf(normalized)) {
			this.events.publishEvent(new AccountChanged(normalized, AccountChanged.Change.SIGNED_OUT_EVERYWHERE,
					personRefOf(normalized).orElse(null)));
		}
	}

	/**
	 * Sessions that started before now have ended. The system clock, as the sign-in times
	 * of the sessions come from it.
	 */
	private boolean endSessionsOf(String username) {
		return this.jdbc.sql("update accounts set signed_out_before = ? where username = ?")
			.params(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), username)
			.update() == 1;
	}

	/** Sessions of this account that started before this moment have ended. */
	@Transactional(readOnly = true)
	Optional<Instant> signedOutBefore(String username) {
		return this.jdbc.sql("select signed_out_before from accounts where username = ?")
			.param(Usernames.normalize(username))
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDateTime.class)))
			.optional()
			.flatMap(before -> before)
			.map(before -> before.toInstant(ZoneOffset.UTC));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(Usernames.normalize(username));
	}

	/** Everyone who holds a role, with where they hold it, e.g. to tell the directors. */
	@Transactional(readOnly = true)
	public List<RoleHolder> holdersOf(Role role) {
		return this.jdbc.sql("""
				select a.username, a.person_ref, r.unit_code from accounts a
				join account_roles r on r.account_id = a.id
				where r.role = :role and a.enabled = true
				order by a.username
				""")
			.param("role", role.name())
			.query((rs, row) -> new RoleHolder(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** An account holding a role, board-wide ({@code unitCode} empty) or for a unit. */
	public record RoleHolder(String username, @Nullable String personRef, @Nullable String unitCode) {
	}

	/** The directory ref of an account's person, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> personRefOf(String username) {
		return this.accounts.findByUsername(Usernames.normalize(username)).map(Account::personRef);
	}

	/**
	 * Every account of a person in the directory, disabled ones included: what they
	 * handled while they could sign in is still theirs.
	 */
	@Transactional(readOnly = true)
	public List<String> everyUsernameOf(String personRef) {
		return this.jdbc.sql("select username from accounts where person_ref = :ref order by username")
			.param("ref", personRef)
			.query(String.class)
			.list();
	}

	/** The enabled accounts of a person in the directory. */
	@Transactional(readOnly = true)
	public List<String> usernamesOf(String personRef) {
		return this.jdbc
			.sql("select username from accounts where person_ref = :ref and enabled = true order by username")
			.param("ref", personRef)
			.query(String.class)
			.list();
	}

	@Transactional(readOnly = true)
	public boolean hasAccounts() {
		return this.accounts.count() > 0;
	}

}
