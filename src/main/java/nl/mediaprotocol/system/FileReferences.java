package nl.mediaprotocol.system;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module whose records refer to stored files ({@link StoredFiles}): it says which files
 * it still needs, so that the orphan sweep removes only the files no module refers to.
 */
public interface FileReferences {

	/** Of these keys, the ones the module's records refer to. */
	Set<String> inUse(Collection<String> keys);

	/** The keys among these that a table's {@code file_key} column holds. */
	static Set<String> heldBy(JdbcClient jdbc, String table, Collection<String> keys) {
		return new HashSet<>(jdbc.sql("select file_key from " + table + " where file_key in (:keys)")
			.param("keys", keys)
			.query(String.class)
			.list());
	}

}
