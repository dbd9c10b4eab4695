package nl.mediaprotocol.protocol;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where the board's protocol comes from on first start, its plain-language texts, and
 * when employees who have not confirmed a version are reminded.
 *
 * @param initialText the protocol loaded as version 1 into an empty database
 * @param initialPlainText plain language for the articles that concern guardians and
 * students
 * @param reminderAfter how long after a version takes effect (and between reminders) to
 * remind
 */
@Validated
@ConfigurationProperties("mediaprotocol.protocol")
record ProtocolProperties(@NotNull Resource initialText, @NotNull Resource initialPlainText,
		@DefaultValue("14d") @NotNull Duration reminderAfter) {
}
