package nl.mediaprotocol.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor after a password: an authenticator app (TOTP) enrolled once, its code
 * at every sign-in, and one-time recovery codes for a lost phone. Wrong codes are
 * throttled like wrong passwords, and no code is accepted twice.
 */
@Service
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String THROTTLE_KEY = "second-factor:";

	private final JdbcClient jdbc;

	private final SecondFactorProperties properties;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TextEncryptor encryptor;

	private final Totp totp = new Totp();

	private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

	SecondFactors(JdbcClient jdbc, SecondFactorProperties properties, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		// AES-256 in GCM mode, with a key derived from the configured password
		this.encryptor = Encryptors.delux(properties.encryptionPassword(), properties.encryptionSalt());
	}

	/** The outcome of entering a code. */
	enum Verification {

		ACCEPTED, REJECTED, LOCKED

	}

	/** Whether someone holding these authorities needs a second factor. */
	boolean requiredFor(Collection<? extends GrantedAuthority> authorities) {
		return this.properties.roles()
			.stream()
			.anyMatch(role -> authorities.stream().anyMatch(held -> role.authority().equals(held.getAuthority())));
	}

	/** Whether a password sign-in with this role needs a second factor. */
	public boolean isRequiredFor(Role role) {
		return this.properties.roles().contains(role);
	}

	@Transactional(readOnly = true)
	boolean isEnrolled(String username) {
		return enrolment(username).isPresent();
	}

	/** A new random authenticator key (Base32, 160 bits). */
	public String newSecret() {
		return this.totp.newSecret();
	}

	String qrCode(String username, String secret) {
		return this.totp.qrCode(secret, username, this.properties.issuer());
	}

	/**
	 * Enrols the authenticator app that shows this code for the secret it was given, and
	 * answers the new recovery codes, shown once; empty when the code is not right or an
	 * app was enrolled already (replacing one takes more than a password).
	 */
	@Transactional
	Optional<List<String>> confirmEnrolment(String username, String secret, String code) {
		Long accountId = accountId(username);
		if (accountId == null || enrolment(username).isPresent()) {
			return Optional.empty();
		}
		OptionalLong step = this.totp.stepOf(secret, normalize(code), now());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		store(accountId, secret, step.getAsLong());
		List<String> codes = List.of(this.recoveryCodes.generateCodes(RECOVERY_CODES));
		for (String recoveryCode : codes) {
			this.jdbc.sql("insert into recovery_codes (account_id, code_hash) values (?, ?)")
				.params(accountId, hash(recoveryCode))
				.update();
		}
		enrolled(username);
		return Optional.of(codes);
	}

	/**
	 * Enrols an authenticator app with a secret chosen elsewhere, replacing any other and
	 * without recovery codes: for the demo accounts, whose secret is printed in the log.
	 */
	@Transactional
	public void enrolKnownSecret(String username, String secret) {
		Long accountId = accountId(username);
		if (accountId == null) {
			throw new IllegalArgumentException("No account named " + username);
		}
		this.jdbc.sql("delete from recovery_codes where account_id = ?").param(accountId).update();
		this.jdbc.sql("delete from totp_enrolments where account_id = ?").param(accountId).update();
		store(accountId, secret, null);
		enrolled(username);
	}

	/**
	 * Checks a code from the app, or a recovery code, for the second step of a sign-in.
	 */
	@Transactional
	Verification verify(String username, String code) {
		String key = THROTTLE_KEY + username;
		if (this.throttle.lockedUntil(key).isPresent()) {
			this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.SECOND_FACTOR_LOCKED));
			return Verification.LOCKED;
		}
		if (accepts(username, normalize(code))) {
			this.throttle.recordSuccess(key);
			this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.SECOND_FACTOR_SUCCEEDED));
			return Verification.ACCEPTED;
		}
		this.throttle.recordFailure(key);
		this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.SECOND_FACTOR_FAILED));
		return this.throttle.lockedUntil(key).isPresent() ? Verification.LOCKED : Verification.REJECTED;
	}

	private boolean accepts(String username, String code) {
		Optional<Enrolment> enrolment = enrolment(username);
		if (enrolment.isEmpty()) {
			return false;
		}
		long accountId = enrolment.get().accountId();
		if (code.matches("\\d{6}")) {
			OptionalLong step = this.totp.stepOf(this.encryptor.decrypt(enrolment.get().secret()), code, now());
			// only a step later than the last one used: a code seen over someone's
			// shoulder
			// is spent
			return step.isPresent() && this.jdbc.sql("""
					update totp_enrolments set last_used_step = :step
					 where account_id = :account and (last_used_step is null or last_used_step < :step)""")
				.param("step", step.getAsLong())
				.param("account", accountId)
				.update() == 1;
		}
		return this.jdbc
			.sql("update recovery_codes set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
			.params(LocalDateTime.ofInstant(now(), ZoneOffset.UTC), accountId, hash(code))
			.update() == 1;
	}

	private void store(long accountId, String secret, @Nullable Long lastUsedStep) {
		this.jdbc
			.sql("insert into totp_enrolments (account_id, secret, last_used_step, enrolled_at) values (?, ?, ?, ?)")
			.params(accountId, this.encryptor.encrypt(secret), lastUsedStep,
					LocalDateTime.ofInstant(now(), ZoneOffset.UTC))
			.update();
	}

	private void enrolled(String username) {
		this.events.publishEvent(new AccountChanged(username, AccountChanged.Change.SECOND_FACTOR_ENROLLED,
				this.jdbc.sql("select person_ref from accounts where username = ?")
					.param(username)
					.query(String.class)
					.optional()
					.orElse(null)));
	}

	private Optional<Enrolment> enrolment(String username) {
		return this.jdbc.sql("""
				select e.account_id, e.secret from totp_enrolments e
				join accounts a on a.id = e.account_id where a.username = ?""")
			.param(Usernames.normalize(username))
			.query((rs, row) -> new Enrolment(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	private @Nullable Long accountId(String username) {
		return this.jdbc.sql("select id from accounts where username = ?")
			.param(Usernames.normalize(username))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** Codes are typed with spaces, and recovery codes in either case. */
	private static String normalize(String code) {
		return code.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Recovery codes are random and long (80 bits), so a plain SHA-256 keeps them as safe
	 * as a slow hash would, and lets the code be found by its hash.
	 */
	private static String hash(String recoveryCode) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(normalize(recoveryCode).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Enrolment(long accountId, String secret) {
	}

}
