package nl.mediaprotocol.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A post on its way out, with its rules: only a draft changes, a post with a blocking
 * finding is not submitted, a warning needs a written reason, and the reviewer is never
 * the author (four eyes, 3.2.5).
 */
record Publication(long id, PublicationKind kind, String author, @Nullable String authorRef, String text,
		PublicationStatus status, Set<String> channels, List<Media> media, Map<String, Published> published,
		@Nullable String warnReason, @Nullable String reviewComment, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, Instant createdAt) {

	/** An attachment, kept as it will be published, with the persons tagged on it. */
	record Media(long id, String medium, String fileName, String contentType, int faces, int unrecognisable,
			@Nullable String removedMetadata, Set<String> tags) {

		/**
		 * Faces the photo check found that are neither tagged nor marked unrecognisable.
		 */
		int untaggedFaces() {
			return Math.max(0, this.faces - this.tags.size() - this.unrecognisable);
		}

	}

	/** Where and when the post went out on a channel. */
	record Published(Instant at, String url, String by) {
	}

	boolean isAuthor(CurrentUser user) {
		return this.author.equals(user.getUsername())
				|| (this.authorRef != null && this.authorRef.equals(user.personRef()));
	}

	/**
	 * Who reviews: the author's manager, or for the board's accounts anyone in
	 * communications; never the author.
	 */
	boolean mayBeReviewedBy(CurrentUser user, @Nullable String authorsManagerRef) {
		if (isAuthor(user)) {
			return false;
		}
		boolean manager = authorsManagerRef != null && authorsManagerRef.equals(user.personRef());
		return manager || (this.kind == PublicationKind.BOARD && user.has(Role.COMMUNICATIE));
	}

	/**
	 * Who may open the post: its author and its reviewers; a post for the board's
	 * channels also communications and the directors, who publish it and take it down. An
	 * employee's own post stays between them and their manager (3.2.5).
	 */
	boolean maySeeIt(CurrentUser user, @Nullable String authorsManagerRef) {
		return isAuthor(user) || mayBeReviewedBy(user, authorsManagerRef)
				|| (this.kind == PublicationKind.BOARD && (user.has(Role.COMMUNICATIE) || user.has(Role.DIRECTEUR)));
	}

	void checkEditableBy(CurrentUser user) {
		if (!isAuthor(user)) {
			throw new PublicationRefused("publication.refused.notAuthor");
		}
		if (!this.status.isEditable()) {
			throw new PublicationRefused("publication.refused.notEditable");
		}
	}

	/** Whether the post may go to review with these findings and this reason. */
	void checkSubmittable(CheckResult checks, @Nullable String reason) {
		if (this.kind == PublicationKind.BOARD && this.channels.isEmpty()) {
			throw new PublicationRefused("publication.refused.noChannel");
		}
		if (this.kind == PublicationKind.BOARD && checks.verdict() == nl.mediaprotocol.screening.Verdict.BLOCK) {
			throw new PublicationRefused("publication.refused.blocked");
		}
		if (checks.hasWarnings() && (reason == null || reason.isBlank())) {
			throw new PublicationRefused("publication.refused.reasonNeeded");
		}
	}

}
