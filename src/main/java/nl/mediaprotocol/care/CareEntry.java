package nl.mediaprotocol.care;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry on a care signal's timeline, by whom and when. Never changed once saved: a
 * correction is a new entry that refers to the one it corrects.
 *
 * @param text the conversation's note, the referral's explanation (may be empty), the
 * reason for closing, or the correction
 * @param referredTo for a referral: to whom or what
 * @param heldOn for a conversation: the day it was held
 * @param corrects for a correction: the entry it corrects
 */
record CareEntry(long id, Kind kind, @Nullable String text, @Nullable String referredTo, @Nullable LocalDate heldOn,
		@Nullable Long corrects, String author, String authorName, Instant recordedAt) {

	enum Kind {

		CONVERSATION, REFERRAL, CLOSURE, CORRECTION

	}

}
