package nl.mediaprotocol.privacy;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The board's retention periods, per kind of record ({@code reports}, {@code cases},
 * {@code monitoring}, ...), where it deviates from the module's default.
 */
@ConfigurationProperties("mediaprotocol.privacy")
record PrivacyProperties(@DefaultValue Map<String, Period> retention) {
}
