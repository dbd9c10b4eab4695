package nl.mediaprotocol.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of the API, which an integration pays on every call as HTTP Basic
 * sends the password each time: a password that matched its stored hash is remembered for
 * a short while, so that bcrypt runs once per {@code ttl} and client, not once per
 * request.
 *
 * <p>
 * What is kept is not the password: it is an HMAC-SHA256, under a random key that lives
 * only in this process, of the stored hash and the password together, with the moment it
 * stops counting. Only matches are kept; a wrong password always goes to bcrypt (and to
 * the sign-in throttle). Because the stored hash is part of the key, a changed password
 * no longer fits any remembered match, on every instance. A disabled account is refused
 * before its password is looked at, as the account is read on every request. Any change
 * to an account (a new password, signing out everywhere) forgets every match of this
 * instance at once.
 */
final class VerifiedPasswords implements PasswordEncoder {

	/** More than any board's integrations; a full memory starts again empty. */
	static final int CAPACITY = 10_000;

	private final PasswordEncoder delegate;

	private final Duration ttl;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Instant> matches = new ConcurrentHashMap<>();

	VerifiedPasswords(PasswordEncoder delegate, Duration ttl, Clock clock) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || encodedPassword == null || this.ttl.isZero()) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String match = mac(encodedPassword, rawPassword);
		Instant now = this.clock.instant();
		Instant until = this.matches.get(match);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		boolean matched = this.delegate.matches(rawPassword, encodedPassword);
		if (matched) {
			if (this.matches.size() >= CAPACITY) {
				this.matches.clear();
			}
			this.matches.put(match, now.plus(this.ttl));
		}
		else if (until != null) {
			this.matches.remove(match);
		}
		return matched;
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	/** A password changed, an account was disabled or signed out everywhere. */
	@EventListener
	void on(AccountChanged change) {
		this.matches.clear();
	}

	/**
	 * How many matches are remembered, expired ones included until they are met again.
	 */
	int size() {
		return this.matches.size();
	}

	private String mac(String encodedPassword, CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			// the stored hash has a fixed form without this byte, so no two pairs meet
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
