package nl.mediaprotocol.system;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where uploaded files live, outside the database, so that every instance of the app sees
 * the same files: a directory on shared storage by default, or an S3-compatible object
 * store that a board plugs in (README, "Uploaded files"). A file is written once under a
 * new key the store chooses, then read and deleted by that key, never changed; keys are
 * random, so they say nothing about the file and cannot be guessed.
 * <p>
 * Modules use {@link StoredFiles}, which ties a file to the transaction that records it.
 */
public interface FileStore {

	/**
	 * Stores the bytes under a new key and returns the key once they are durably stored:
	 * a crash never leaves part of a file under a key.
	 */
	String put(byte[] content);

	/** The bytes stored under the key; empty when there is no such file. */
	Optional<byte[]> get(String key);

	/** Deletes the file under the key; nothing happens when there is none. */
	void delete(String key);

	/**
	 * Gives every key stored before the instant to the action, for the orphan sweep; the
	 * action may delete the key it is given.
	 */
	void eachStoredBefore(Instant before, Consumer<String> action);

}
