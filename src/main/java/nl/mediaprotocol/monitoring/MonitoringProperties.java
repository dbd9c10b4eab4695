package nl.mediaprotocol.monitoring;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The board's limits on monitoring.
 *
 * @param maxPeriod the longest period one request may cover
 * @param minSuspicionWords how many words a suspicion needs at least to be concrete
 */
@Validated
@ConfigurationProperties("mediaprotocol.monitoring")
record MonitoringProperties(@DefaultValue("14d") @NotNull Duration maxPeriod,
		@DefaultValue("12") @Min(1) int minSuspicionWords) {
}
