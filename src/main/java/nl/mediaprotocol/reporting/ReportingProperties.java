package nl.mediaprotocol.reporting;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Due times and limits of the reporting point; the defaults follow the Dutch
 * whistleblower act (acknowledgement within 7 days, feedback within 3 months).
 *
 * @param acknowledgeWithin how soon the recipient acknowledges receipt before the report
 * escalates to the next level
 * @param feedbackWithin how soon the reporter hears what was done
 * @param reportsPerHour how many reports one source may make in an hour
 * @param followUpsPerHour how many follow-up attempts (receipt and secret) one source may
 * make in an hour
 */
@Validated
@ConfigurationProperties("mediaprotocol.reporting")
record ReportingProperties(@DefaultValue("7d") @NotNull Duration acknowledgeWithin,
		@DefaultValue("90d") @NotNull Duration feedbackWithin, @DefaultValue("5") @Min(1) int reportsPerHour,
		@DefaultValue("20") @Min(1) int followUpsPerHour) {
}
