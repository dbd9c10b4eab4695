package nl.mediaprotocol.publication;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The board's settings for publication.
 *
 * @param defaultChannels the board's accounts loaded on first start (code; platform;
 * name; unit; consent purpose)
 * @param takedownWorkingDays how many working days communications has to take a post down
 * after consent is withdrawn
 */
@Validated
@ConfigurationProperties("mediaprotocol.publication")
record PublicationProperties(@NotNull Resource defaultChannels, @DefaultValue("2") @Min(0) int takedownWorkingDays) {
}
