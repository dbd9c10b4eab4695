package nl.mediaprotocol.system;

import java.util.Collection;
import java.util.Set;

/**
 * A module whose records refer to stored files ({@link StoredFiles}): it says which files
 * it still needs, so that the orphan sweep removes only the files no module refers to.
 */
public interface FileReferences {

	/** Of these keys, the ones the module's records refer to. */
	Set<String> inUse(Collection<String> keys);

}
