package nl.mediaprotocol.lessons;

import java.time.Instant;
import java.util.List;

import nl.mediaprotocol.consent.Medium;
import org.jspecify.annotations.Nullable;

/**
 * A permission given in advance to record during one lesson of one group (3.1.2): when,
 * for which purpose and media, and who may record. Never changed, only withdrawn.
 *
 * @param recorderRefs the students who may record, when {@link Recorders#STUDENTS}
 * @param grantedBy the account that gave the permission
 */
record LessonPermission(long id, long groupId, Instant startsAt, Instant endsAt, String purpose, List<Medium> media,
		Recorders recorders, List<String> recorderRefs, @Nullable String note, String grantedBy, String grantedByName,
		Instant grantedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawnBy,
		@Nullable String withdrawReason) {

	enum Status {

		/** Given, the lesson has not started. */
		UPCOMING,
		/** The lesson is on now. */
		CURRENT,
		/** The lesson is over. */
		ENDED,
		/** Withdrawn before the lesson ended. */
		WITHDRAWN

	}

	public Status statusAt(Instant now) {
		if (this.withdrawnAt != null) {
			return Status.WITHDRAWN;
		}
		if (now.isBefore(this.startsAt)) {
			return Status.UPCOMING;
		}
		return now.isBefore(this.endsAt) ? Status.CURRENT : Status.ENDED;
	}

	/** Whether it still stands or is still to come: what students and guardians see. */
	public boolean standsAt(Instant now) {
		Status status = statusAt(now);
		return status == Status.UPCOMING || status == Status.CURRENT;
	}

	LessonPermission withRecorders(List<String> refs) {
		return new LessonPermission(this.id, this.groupId, this.startsAt, this.endsAt, this.purpose, this.media,
				this.recorders, List.copyOf(refs), this.note, this.grantedBy, this.grantedByName, this.grantedAt,
				this.withdrawnAt, this.withdrawnBy, this.withdrawReason);
	}

	/**
	 * Refuses, saying why, unless the permission may be withdrawn now with this reason:
	 * only while it stands or is to come, and never without a reason.
	 */
	void checkWithdrawable(Instant now, @Nullable String reason) {
		if (!standsAt(now)) {
			throw new LessonRefused("lessons.refused.notWithdrawable");
		}
		if (reason == null || reason.isBlank()) {
			throw new LessonRefused("lessons.refused.reasonNeeded");
		}
		if (reason.strip().length() > PermissionForm.MAX_TEXT) {
			throw new LessonRefused("lessons.refused.tooLong");
		}
	}

}
