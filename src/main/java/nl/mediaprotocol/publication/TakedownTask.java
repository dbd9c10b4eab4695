package nl.mediaprotocol.publication;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published post that shows someone whose consent was withdrawn, to be removed or
 * edited by communications before its deadline (3.1.6).
 */
record TakedownTask(long id, long publicationId, String channel, String personRef, String reason, Instant createdAt,
		Instant dueAt, @Nullable Instant remindedAt, @Nullable Instant escalatedAt, @Nullable Instant doneAt,
		@Nullable String doneBy, @Nullable String outcome, @Nullable String note) {

	enum Outcome {

		REMOVED, EDITED

	}

	public boolean isOpen() {
		return this.doneAt == null;
	}

	public boolean isOverdueAt(Instant now) {
		return isOpen() && now.isAfter(this.dueAt);
	}

}
