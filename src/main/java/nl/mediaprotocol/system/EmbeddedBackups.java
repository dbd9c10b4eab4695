package nl.mediaprotocol.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly copies of the embedded H2 database, taken while the app runs: H2's
 * {@code BACKUP} statement writes a consistent zip of the database file, and the uploaded
 * files of the directory store go into the same zip under {@code files/}, after the
 * database: a file is written before its record commits, so every file the copied
 * database refers to is already there (only a file whose record is deleted in the seconds
 * between the two may be missing, as it would be moments later anyway). The newest copies
 * are kept ({@code mediaprotocol.backup.keep}); {@code scripts/restore-h2.sh} puts one
 * back. On PostgreSQL this does nothing: there the hosting party backs up with
 * {@code pg_dump} ({@code scripts/backup-postgres.sh}).
 */
@Component
public class EmbeddedBackups {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final String PREFIX = "mediaprotocol-";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final BackupProperties properties;

	private final FilesProperties files;

	private final Clock clock;

	EmbeddedBackups(JdbcClient jdbc, DataSource dataSource, BackupProperties properties, FilesProperties files,
			Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
		this.files = files;
		this.clock = clock;
	}

	@Scheduled(cron = "${mediaprotocol.backup.cron:0 0 3 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "embedded-backup", lockAtLeastFor = "PT1M")
	void everyNight() {
		backupNow();
	}

	/**
	 * Copies the embedded database now; the copy's path, or empty when the database is
	 * not an H2 file (PostgreSQL, or H2 in memory).
	 */
	public Optional<Path> backupNow() {
		if (!onEmbeddedFile()) {
			return Optional.empty();
		}
		try {
			Path directory = Files.createDirectories(this.properties.directory().toAbsolutePath());
			Path target = directory.resolve(PREFIX + STAMP.format(LocalDateTime.now(this.clock)) + ".zip");
			Path partial = directory.resolve(target.getFileName() + ".partial");
			this.jdbc.sql("BACKUP TO '" + partial.toString().replace("'", "''") + "'").update();
			addUploadedFiles(partial);
			restrictToOwner(partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			pruneOldCopies();
			log.info("Backed up the embedded database to {}", target);
			return Optional.of(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not back up the embedded database", ex);
		}
	}

	/** The copies in the backup directory, newest first. */
	public List<Path> copies() {
		Path directory = this.properties.directory().toAbsolutePath();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files
				.filter(file -> file.getFileName().toString().startsWith(PREFIX)
						&& file.getFileName().toString().endsWith(".zip"))
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The directory store's files, under {@code files/} as {@code restore-h2.sh} expects.
	 */
	private void addUploadedFiles(Path zip) throws IOException {
		Path root = this.files.directory().toAbsolutePath().normalize();
		if (!"directory".equals(this.files.store()) || !Files.isDirectory(root)) {
			return;
		}
		try (FileSystem archive = FileSystems.newFileSystem(zip); Stream<Path> all = Files.walk(root)) {
			for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
				Path relative = root.relativize(file);
				if (relative.getFileName().toString().endsWith(".partial")) {
					continue;
				}
				Path target = archive.getPath("files");
				for (Path part : relative) {
					target = target.resolve(part.toString());
				}
				Files.createDirectories(target.getParent());
				try {
					Files.copy(file, target);
				}
				catch (NoSuchFileException deleted) {
					// its record was deleted after the database was copied
				}
			}
		}
	}

	private void pruneOldCopies() throws IOException {
		List<Path> copies = copies();
		for (Path old : copies.subList(Math.min(this.properties.keep(), copies.size()), copies.size())) {
			Files.deleteIfExists(old);
		}
	}

	private boolean onEmbeddedFile() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not tell which database this is", ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// on Windows the directory's own rights apply
		}
	}

}
