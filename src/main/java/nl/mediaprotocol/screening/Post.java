package nl.mediaprotocol.screening;

import org.jspecify.annotations.Nullable;

/**
 * A post to screen.
 *
 * @param text the text as it will be published
 * @param personal whether an employee posts it on a personal account (3.3)
 * @param channel where it goes, e.g. {@code instagram}
 */
public record Post(String text, boolean personal, @Nullable String channel) {

	public static Post of(String text) {
		return new Post(text, false, null);
	}

	public static Post personal(String text) {
		return new Post(text, true, null);
	}

}
