package nl.mediaprotocol.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many password checks (bcrypt, slow on purpose) an instance runs at once ({@code 0}:
 * one fewer than the processors, at least one); how many may wait their turn, and how
 * long, before a sign-in is refused to be tried again in a moment. Each waiting check
 * holds one of the server's request threads ({@code server.tomcat.threads.max}), so keep
 * {@code maxWaiting} well below those.
 */
@Validated
@ConfigurationProperties("mediaprotocol.security.password-checks")
record PasswordCheckProperties(@DefaultValue("0") @Min(0) int atOnce, @DefaultValue("36") @Min(0) int maxWaiting,
		@DefaultValue("10s") @NotNull Duration maxWait) {

	int permits() {
		return this.atOnce > 0 ? this.atOnce : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
	}

}
