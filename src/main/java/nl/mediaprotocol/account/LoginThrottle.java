package nl.mediaprotocol.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after repeated failed sign-ins, whether or not the account
 * exists, so that neither guessing passwords nor guessing usernames pays off.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String username) {
		LocalDateTime now = now();
		return this.jdbc.sql("select locked_until from login_failures where username = ?")
			.param(Usernames.normalize(username))
			.query(LocalDateTime.class)
			.optional()
			.filter(until -> until.isAfter(now))
			.map(until -> until.toInstant(ZoneOffset.UTC));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String username) {
		String key = Usernames.normalize(username);
		LocalDateTime now = now();
		LocalDateTime windowStart = now.minus(this.properties.window());
		int updated = this.jdbc.sql("""
				update login_failures
				   set failures = case when first_failed < :windowStart then 1 else failures + 1 end,
				       first_failed = case when first_failed < :windowStart then :now else first_failed end
				 where username = :username""")
			.param("windowStart", windowStart)
			.param("now", now)
			.param("username", key)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into login_failures (username, failures, first_failed) values (?, 1, ?)")
				.params(key, now)
				.update();
		}
		this.jdbc.sql("update login_failures set locked_until = ? where username = ? and failures >= ?")
			.params(now.plus(this.properties.lockout()), key, this.properties.maxFailures())
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		this.jdbc.sql("delete from login_failures where username = ?").param(Usernames.normalize(username)).update();
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
