package nl.mediaprotocol.publication;

import java.util.List;

import nl.mediaprotocol.screening.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One thing the automatic checks found: from the screening of the text, the consent of a
 * tagged person for a channel, or an attachment. What to do is in the message.
 *
 * @param channel the channel it concerns; empty when it concerns them all
 */
record CheckFinding(String type, Severity severity, String article, String messageKey, List<Object> messageArgs,
		@Nullable Integer start, @Nullable Integer end, @Nullable String text, @Nullable String category,
		@Nullable String channel, @Nullable String ref, @Nullable String medium) {

	public boolean blocks() {
		return this.severity == Severity.BLOCK;
	}

}
