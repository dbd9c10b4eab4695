package nl.mediaprotocol.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode is on with the embedded database and off in production; the demo accounts
 * share one password, a random one printed at start-up unless one is set, and the demo
 * accounts whose role needs a second factor share one authenticator key (Base32),
 * likewise.
 */
@ConfigurationProperties("mediaprotocol.demo")
record DemoProperties(boolean enabled, @Nullable String password, @Nullable String authenticatorKey) {
}
