package nl.mediaprotocol.system;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploaded files are kept and when a file that no record refers to is removed.
 *
 * @param store which store keeps the files: {@code directory} (the default); another
 * value names a store a board adds (see the README, "Uploaded files")
 * @param directory the directory store's root: a directory on storage every instance
 * shares, one per database, readable only by the account the app runs as
 * @param orphanGrace how old a file must be before the sweep removes it when no record
 * refers to it: longer than any upload takes to commit, and at least an hour
 * @param sweepMaxOrphans the most unreferenced files one sweep removes; more mean the
 * directory is not this database's, and the sweep removes none
 */
@Validated
@ConfigurationProperties("mediaprotocol.files")
record FilesProperties(@DefaultValue("directory") @NotNull String store,
		@DefaultValue("./data/files") @NotNull Path directory,
		@DefaultValue("1d") @NotNull @DurationMin(hours = 1) Duration orphanGrace,
		@DefaultValue("100") @Min(0) int sweepMaxOrphans) {
}
