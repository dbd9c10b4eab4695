package nl.mediaprotocol.system;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded database's nightly copies go and how many are kept.
 *
 * @param directory the backups' directory; only the account the app runs as may read it
 * @param keep how many of the newest copies to keep
 */
@Validated
@ConfigurationProperties("mediaprotocol.backup")
record BackupProperties(@DefaultValue("./backups") @NotNull Path directory, @DefaultValue("14") @Min(1) int keep) {
}
