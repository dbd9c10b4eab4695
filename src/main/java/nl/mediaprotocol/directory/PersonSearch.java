package nl.mediaprotocol.directory;

import org.jspecify.annotations.Nullable;

/**
 * What to look for: one kind of person, optionally in a unit (and the units below it), in
 * a group (by id), or whose name or ref contains some text.
 */
public record PersonSearch(PersonKind kind, @Nullable String unitCode, @Nullable Long groupId, @Nullable String text) {

	public PersonSearch {
		text = text == null || text.isBlank() ? null : text.strip();
		unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
	}

}
