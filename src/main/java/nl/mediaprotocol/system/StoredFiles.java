package nl.mediaprotocol.system;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Uploaded files, kept in step with the records that refer to them: a file is written
 * before its record commits and deleted again when the transaction rolls back; a file
 * whose record is deleted goes only once that deletion has committed. What still slips
 * through (a crash between the two) is left to the orphan sweep, never the other way
 * round: no record ever refers to a file that is not there.
 */
@Component
public class StoredFiles {

	private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

	private final FileStore store;

	StoredFiles(FileStore store) {
		this.store = store;
	}

	/**
	 * Stores the bytes and returns their key, for the record that the transaction writes.
	 */
	public String store(byte[] content) {
		String key = this.store.put(content);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					// when the outcome is unknown the record may have committed: the
					// sweep decides later, by whether a record refers to the file
					if (status == STATUS_ROLLED_BACK) {
						deleteQuietly(List.of(key));
					}
				}
			});
		}
		return key;
	}

	/**
	 * The bytes under the key.
	 * @throws MissingFile when the store has no such file
	 */
	public byte[] read(String key) {
		return this.store.get(key).orElseThrow(() -> {
			log.warn("A record refers to stored file {}, which the store does not have", key);
			return new MissingFile(key);
		});
	}

	/**
	 * Deletes the files once the transaction that deletes their records has committed; at
	 * once when there is no transaction.
	 */
	public void deleteAfterCommit(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<String> gone = List.copyOf(keys);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(gone);
				}
			});
		}
		else {
			deleteQuietly(gone);
		}
	}

	private void deleteQuietly(List<String> keys) {
		for (String key : keys) {
			try {
				this.store.delete(key);
			}
			catch (RuntimeException ex) {
				// the record is already settled; the orphan sweep removes the file later
				log.warn("Could not delete stored file {}: {}", key, ex.toString());
			}
		}
	}

	/**
	 * A record refers to a file the store does not have (restored without its files?):
	 * the user sees the page for something that is not there, the log says which file.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class MissingFile extends RuntimeException {

		MissingFile(String key) {
			super("No stored file under key " + key);
		}

	}

}
