package nl.mediaprotocol.consent;

import java.time.Duration;
import java.time.MonthDay;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The board's settings for the consent register.
 *
 * @param defaultPurposes the purposes loaded into an empty register (code; Dutch name;
 * English name; text)
 * @param guardianConsentLapsesAt16 whether the guardians' decision lapses on the
 * student's sixteenth birthday; by default it stays in force until the student answers
 * @param yearlyNotice the day of the year on which everyone is reminded that they can
 * change their choice (e.g. {@code --09-15}); none when empty
 * @param reminderAfter how long after a round opens (and between reminders) those who
 * have not answered are reminded
 */
@Validated
@ConfigurationProperties("mediaprotocol.consent")
record ConsentProperties(@NotNull Resource defaultPurposes, @DefaultValue("false") boolean guardianConsentLapsesAt16,
		@Nullable MonthDay yearlyNotice, @DefaultValue("7d") @NotNull Duration reminderAfter) {
}
