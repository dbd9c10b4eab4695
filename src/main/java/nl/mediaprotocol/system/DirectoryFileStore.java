package nl.mediaprotocol.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The files in a directory, by default {@code ./data/files} beside the embedded database;
 * with several instances a directory on storage they all mount. A key is 128 random bits
 * in hex, and the file lies two levels of subdirectories deep ({@code 3f/a9/3fa9...}) so
 * that no directory grows too large. Only a key of exactly that form is ever turned into
 * a path: nothing given from outside can point elsewhere.
 */
@Component
@ConditionalOnProperty(name = "mediaprotocol.files.store", havingValue = "directory", matchIfMissing = true)
class DirectoryFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	/** A file being written; renamed to its key only once it is complete and on disk. */
	private static final String PARTIAL = ".partial";

	private final SecureRandom random = new SecureRandom();

	private final Path root;

	@Autowired
	DirectoryFileStore(FilesProperties properties) {
		this(properties.directory());
	}

	DirectoryFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String put(byte[] content) {
		byte[] bits = new byte[16];
		this.random.nextBytes(bits);
		String key = HexFormat.of().formatHex(bits);
		Path target = path(key);
		try {
			Path directory = Files.createDirectories(target.getParent());
			// readable by the app's account only: a temporary file is created so
			Path partial = Files.createTempFile(directory, key, PARTIAL);
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			// the rename is the moment the file exists under its key; before it, a crash
			// leaves only a partial file, which the sweep removes
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			forceDirectory(directory);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a file in " + this.root, ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		try {
			return Optional.of(Files.readAllBytes(path(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a stored file", ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete a stored file", ex);
		}
	}

	/** Also removes what an interrupted write left behind, once it is as old. */
	@Override
	public void eachStoredBefore(Instant before, Consumer<String> action) {
		for (Path first : children(this.root)) {
			for (Path second : children(first)) {
				// one shard at a time, listed before the action deletes anything in it
				for (Path file : children(second)) {
					String name = file.getFileName().toString();
					if (!Files.isRegularFile(file) || !storedBefore(file, before)) {
						continue;
					}
					if (KEY.matcher(name).matches()) {
						action.accept(name);
					}
					else if (name.endsWith(PARTIAL)) {
						deleteQuietly(file);
					}
				}
			}
		}
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file key");
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	private static List<Path> children(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(directory)) {
			return children.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + directory, ex);
		}
	}

	private static boolean storedBefore(Path file, Instant before) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(before);
		}
		catch (NoSuchFileException gone) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// tried again at the next sweep
		}
	}

	/** The rename itself is on disk only once the directory is. */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException notSupported) {
			// Windows cannot open a directory; NTFS journals the rename itself
		}
	}

}
