package nl.mediaprotocol.channels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An agreement to use a channel other than the parent portal with a group (1.6, 3.3.1):
 * asked for by the teacher, allowed by the school, and agreed by the teacher, the
 * guardians and the students old enough ("overeenstemming tussen leerkracht, ouders en
 * leerling"). It holds only while all of them have confirmed it and nobody has ended it.
 *
 * @param teacherRef the teacher who asked, a party too
 * @param endsOn the last day the agreement holds
 * @param endedByRef the party who ended it; none when it ended after its end date
 */
record ChannelAgreement(long id, long groupId, ChannelKind kind, String channelName, String purpose, String teacherRef,
		String requestedBy, Instant requestedAt, LocalDate endsOn, @Nullable Decision decision,
		@Nullable String decidedBy, @Nullable String decidedByName, @Nullable Instant decidedAt,
		@Nullable String decisionReason, @Nullable Instant endedAt, @Nullable String endedByRef,
		@Nullable String endReason, List<Party> parties) {

	/** The school's answer to the request. */
	enum Decision {

		APPROVED, REFUSED

	}

	enum Status {

		/** Waiting for the school. */
		REQUESTED,
		/** The school said no. */
		REFUSED,
		/** Allowed by the school; not everyone has confirmed yet. */
		AWAITING_CONFIRMATION,
		/** Everyone has confirmed: the channel may be used. */
		ACTIVE,
		/** Ended by a party or by its end date. */
		ENDED

	}

	/** Who takes part. */
	enum PartyKind {

		TEACHER, GUARDIAN, STUDENT

	}

	/** One party to the agreement, and when they confirmed it, if they did. */
	record Party(String ref, PartyKind kind, @Nullable Instant confirmedAt) {

		public boolean hasConfirmed() {
			return this.confirmedAt != null;
		}

	}

	/**
	 * Where the agreement stands on a day; past its end date it has ended, even before
	 * that is recorded.
	 */
	public Status statusOn(LocalDate today) {
		if (this.decision == Decision.REFUSED) {
			return Status.REFUSED;
		}
		if (this.endedAt != null || today.isAfter(this.endsOn)) {
			return Status.ENDED;
		}
		if (this.decision == null) {
			return Status.REQUESTED;
		}
		return this.parties.stream().allMatch(Party::hasConfirmed) ? Status.ACTIVE : Status.AWAITING_CONFIRMATION;
	}

	public Optional<Party> party(@Nullable String ref) {
		return this.parties.stream().filter(party -> party.ref().equals(ref)).findFirst();
	}

	public boolean isParty(@Nullable String ref) {
		return party(ref).isPresent();
	}

	public long confirmedCount() {
		return this.parties.stream().filter(Party::hasConfirmed).count();
	}

	/**
	 * Whether guardians and students see it: from the school's approval on, when it asks
	 * something of them.
	 */
	boolean concernsFamilies() {
		return this.decision == Decision.APPROVED;
	}

	/** Whether the party may confirm it today. */
	public boolean awaitsConfirmationOf(@Nullable String ref, LocalDate today) {
		return statusOn(today) == Status.AWAITING_CONFIRMATION
				&& party(ref).filter(party -> !party.hasConfirmed()).isPresent();
	}

	/**
	 * Whether the party may end it today: any party once the school allowed it, and the
	 * teacher their request before the school answers.
	 */
	public boolean mayBeEndedBy(@Nullable String ref, LocalDate today) {
		Status status = statusOn(today);
		if (!isParty(ref)) {
			return false;
		}
		return status == Status.AWAITING_CONFIRMATION || status == Status.ACTIVE
				|| (status == Status.REQUESTED && this.teacherRef.equals(ref));
	}

	void checkDecidable(LocalDate today, String decider) {
		if (statusOn(today) != Status.REQUESTED) {
			throw new ChannelRefused("channels.refused.alreadyDecided");
		}
		if (this.requestedBy.equals(decider)) {
			// the school allows it: not the teacher who asks
			throw new ChannelRefused("channels.refused.ownRequest");
		}
	}

	void checkConfirmable(@Nullable String ref, LocalDate today) {
		if (!awaitsConfirmationOf(ref, today)) {
			throw new ChannelRefused("channels.refused.notConfirmable");
		}
	}

	void checkEndable(@Nullable String ref, LocalDate today) {
		if (!mayBeEndedBy(ref, today)) {
			throw new ChannelRefused("channels.refused.notEndable");
		}
	}

}
