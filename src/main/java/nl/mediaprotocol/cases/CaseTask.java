package nl.mediaprotocol.cases;

import java.time.Instant;

import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * Something that must be done on a case, by someone, before a due time. A task the
 * protocol sets is done by recording its entry ({@code doneByEntry}); the others by hand.
 */
public record CaseTask(long id, long caseId, String what, CaseEntry.@Nullable Kind doneByEntry,
		@Nullable String assignee, @Nullable Role assigneeRole, Instant dueAt, String createdBy,
		@Nullable Instant doneAt, @Nullable String doneBy) {

	public boolean isDone() {
		return this.doneAt != null;
	}

	public boolean isOverdue(Instant now) {
		return this.doneAt == null && now.isAfter(this.dueAt);
	}

}
