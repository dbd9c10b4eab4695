package nl.mediaprotocol.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DirectoryFileStoreTests {

	private static final byte[] SCAN = "%PDF-1.4 een ondertekend formulier".getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path root;

	@Test
	void aStoredFileIsReadBackUnderItsKeyInAShardedDirectory() throws IOException {
		DirectoryFileStore store = new DirectoryFileStore(this.root);

		String key = store.put(SCAN);

		assertThat(store.get(key)).hasValueSatisfying(content -> assertThat(content).isEqualTo(SCAN));
		assertThat(this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key))
			.hasBinaryContent(SCAN);
		assertThat(files()).as("nothing but the file itself: no temporary file left").hasSize(1);
	}

	@Test
	void keysAreRandomNotDerivedFromTheContent() {
		DirectoryFileStore store = new DirectoryFileStore(this.root);

		String first = store.put(SCAN);
		String second = store.put(SCAN);

		assertThat(first).isNotEqualTo(second).matches("[0-9a-f]{32}");
		assertThat(second).matches("[0-9a-f]{32}");
	}

	@Test
	void anUnknownKeyHasNoFile() {
		DirectoryFileStore store = new DirectoryFileStore(this.root);

		assertThat(store.get("0123456789abcdef0123456789abcdef")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../../etc/passwd", "..", "/etc/passwd", "ab/cd/0123456789abcdef0123456789abcdef",
			"0123456789ABCDEF0123456789ABCDEF", "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef0",
			"0123456789abcdef0123456789abcde/", "0123456789abcdef\u0000123456789abcde", "" })
	void aKeyThatIsNotOneTheStoreMadeIsRefusedBeforeAnyPathIsBuilt(String key) throws IOException {
		Files.writeString(this.root.resolve("secret.txt"), "geheim");
		DirectoryFileStore store = new DirectoryFileStore(this.root.resolve("files"));

		assertThatIllegalArgumentException().isThrownBy(() -> store.get(key));
		assertThatIllegalArgumentException().isThrownBy(() -> store.delete(key));
		assertThat(this.root.resolve("secret.txt")).exists();
	}

	@Test
	void aDeletedFileIsGoneAndDeletingTwiceIsHarmless() {
		DirectoryFileStore store = new DirectoryFileStore(this.root);
		String key = store.put(SCAN);
		String other = store.put(SCAN);

		store.delete(key);
		store.delete(key);

		assertThat(store.get(key)).isEmpty();
		assertThat(store.get(other)).isPresent();
	}

	@Test
	void aWriteCutOffHalfwayIsNeverAFileUnderAKeyAndIsClearedOnceOld() throws IOException {
		DirectoryFileStore store = new DirectoryFileStore(this.root);
		String key = store.put(SCAN);
		// what a kill -9 during a write leaves: the temporary file, never the key itself
		Path shard = this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4));
		Path partial = Files.write(shard.resolve("fedcba9876543210fedcba98765432101234.partial"),
				"%PDF-1.4 half".getBytes(StandardCharsets.US_ASCII));
		Instant old = Instant.now().minusSeconds(7200);
		Files.setLastModifiedTime(partial, FileTime.from(old));
		Files.setLastModifiedTime(shard.resolve(key), FileTime.from(old));

		List<String> listed = new ArrayList<>();
		store.eachStoredBefore(Instant.now().minusSeconds(3600), listed::add);

		assertThat(listed).containsExactly(key);
		assertThat(partial).doesNotExist();
	}

	@Test
	void theSweepListingGivesOnlyFilesStoredBeforeTheInstant() throws IOException {
		DirectoryFileStore store = new DirectoryFileStore(this.root);
		String old = store.put(SCAN);
		String young = store.put(SCAN);
		Path oldFile = this.root.resolve(old.substring(0, 2)).resolve(old.substring(2, 4)).resolve(old);
		Files.setLastModifiedTime(oldFile, FileTime.from(Instant.now().minusSeconds(2 * 86400)));

		List<String> listed = new ArrayList<>();
		store.eachStoredBefore(Instant.now().minusSeconds(86400), key -> {
			listed.add(key);
			store.delete(key);
		});

		assertThat(listed).containsExactly(old);
		assertThat(store.get(young)).isPresent();
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> all = Files.walk(this.root)) {
			return all.filter(Files::isRegularFile).toList();
		}
	}

}
