package nl.mediaprotocol.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON API for integrations; HTTP Basic sign-in can be switched off where a board
 * does not want it. A password that matched is remembered for {@code verifiedPasswordTtl}
 * (not the password itself; see {@link VerifiedPasswords}); zero checks it with bcrypt on
 * every call.
 */
@ConfigurationProperties("mediaprotocol.api")
record ApiProperties(@DefaultValue("true") boolean basicAuth, @DefaultValue("2m") Duration verifiedPasswordTtl) {
}
