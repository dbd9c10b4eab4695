package nl.mediaprotocol.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTests {

	final TestClock clock = new TestClock();

	/** A stand-in for bcrypt that counts its checks: "hash:" and the password. */
	final List<String> checks = new ArrayList<>();

	final PasswordEncoder slow = new PasswordEncoder() {

		@Override
		public String encode(@Nullable CharSequence rawPassword) {
			return "hash:" + rawPassword;
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			VerifiedPasswordsTests.this.checks.add(String.valueOf(rawPassword));
			return encode(rawPassword).equals(encodedPassword);
		}

	};

	final VerifiedPasswords passwords = new VerifiedPasswords(this.slow, Duration.ofMinutes(2), this.clock);

	@Test
	void aMatchingPasswordIsCheckedSlowlyOncePerPeriod() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.passwords.matches("secret", "hash:secret")).isTrue();
		}
		assertThat(this.checks).containsExactly("secret");

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.passwords.matches("secret", "hash:secret")).isTrue();
		assertThat(this.checks).hasSize(2);
	}

	@Test
	void aWrongPasswordIsCheckedSlowlyEveryTime() {
		this.passwords.matches("secret", "hash:secret");

		for (int i = 0; i < 3; i++) {
			assertThat(this.passwords.matches("guess", "hash:secret")).isFalse();
		}
		assertThat(this.checks).containsExactly("secret", "guess", "guess", "guess");
	}

	@Test
	void aRememberedMatchDoesNotFitTheHashOfAChangedPassword() {
		this.passwords.matches("secret", "hash:secret");

		assertThat(this.passwords.matches("secret", "hash:new secret")).isFalse();
		assertThat(this.passwords.matches("new secret", "hash:new secret")).isTrue();
	}

	@Test
	void aChangedAccountForgetsEveryMatch() {
		this.passwords.matches("secret", "hash:secret");

		this.passwords.on(new AccountChanged("jan", AccountChanged.Change.SIGNED_OUT_EVERYWHERE, null));

		assertThat(this.passwords.size()).isZero();
		this.passwords.matches("secret", "hash:secret");
		assertThat(this.checks).containsExactly("secret", "secret");
	}

	@Test
	void aPeriodOfZeroChecksEveryCall() {
		VerifiedPasswords everyCall = new VerifiedPasswords(this.slow, Duration.ZERO, this.clock);

		everyCall.matches("secret", "hash:secret");
		everyCall.matches("secret", "hash:secret");

		assertThat(this.checks).hasSize(2);
		assertThat(everyCall.size()).isZero();
	}

}
