package nl.mediaprotocol.care;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A care signal ("zorgsignaal", 1.8) about one student, and the flow it follows: raised,
 * a conversation held, a referral, closed. Closing, with a reason, is possible at any
 * point; nothing happens to a closed signal any more.
 *
 * @param unitCode the student's unit when the signal was raised: its care coordinators
 * handle it
 * @param observation what the staff member saw or heard
 * @param actionTaken what they already did about it, if anything
 */
record CareSignal(long id, String studentRef, @Nullable String unitCode, String observation,
		@Nullable String actionTaken, String raisedBy, String raisedByName, Status status, Instant raisedAt,
		@Nullable Instant closedAt) {

	enum Status {

		/** Raised, nobody took it up yet. */
		SIGNALLED,
		/** A care coordinator held a conversation about it. */
		CONVERSATION,
		/** Referred, e.g. to school social work, the GGD or the family doctor. */
		REFERRED, CLOSED;

		public boolean isOpen() {
			return this != CLOSED;
		}

	}

	public boolean isOpen() {
		return this.status.isOpen();
	}

	public boolean mayHoldConversation() {
		return this.status == Status.SIGNALLED;
	}

	public boolean mayRefer() {
		return this.status == Status.CONVERSATION;
	}

	/** Checks that the signal may move to the given state now, and says why not. */
	void checkMayMoveTo(Status next) {
		if (this.status == Status.CLOSED) {
			throw new CareRefused("care.refused.closed");
		}
		switch (next) {
			case CONVERSATION -> {
				if (!mayHoldConversation()) {
					throw new CareRefused("care.refused.conversationRecorded");
				}
			}
			case REFERRED -> {
				if (this.status == Status.SIGNALLED) {
					throw new CareRefused("care.refused.conversationFirst");
				}
				if (!mayRefer()) {
					throw new CareRefused("care.refused.alreadyReferred");
				}
			}
			case CLOSED -> {
				// closing is possible from every open state
			}
			case SIGNALLED -> throw new CareRefused("care.refused.notBack");
		}
	}

}
