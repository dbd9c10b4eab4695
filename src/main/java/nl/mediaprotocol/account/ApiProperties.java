package nl.mediaprotocol.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The JSON API for integrations; HTTP Basic sign-in can be switched off where a board
 * does not want it.
 */
@ConfigurationProperties("mediaprotocol.api")
record ApiProperties(@DefaultValue("true") boolean basicAuth) {
}
