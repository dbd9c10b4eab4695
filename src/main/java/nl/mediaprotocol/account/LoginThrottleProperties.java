package nl.mediaprotocol.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins within a window lock a username, and for how long.
 */
@Validated
@ConfigurationProperties("mediaprotocol.security.login")
record LoginThrottleProperties(@DefaultValue("5") @Min(1) int maxFailures,
		@DefaultValue("15m") @NotNull Duration window, @DefaultValue("15m") @NotNull Duration lockout) {
}
