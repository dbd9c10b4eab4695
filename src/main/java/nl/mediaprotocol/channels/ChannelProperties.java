package nl.mediaprotocol.channels;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The board's settings for channel agreements.
 *
 * @param memberAge the age from which a student of the group takes part in an agreement
 * and confirms it, besides their guardians
 * @param maxTerm how far ahead an agreement may end, counted from the day it is asked for
 * (one school year)
 */
@Validated
@ConfigurationProperties("mediaprotocol.channels")
record ChannelProperties(@DefaultValue("16") @Min(0) @Max(25) int memberAge,
		@DefaultValue("1y") @NotNull Period maxTerm) {
}
