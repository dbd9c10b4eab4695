package nl.mediaprotocol.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry on a case's timeline. Never changed once saved: a correction is a new entry
 * that refers to the one it corrects.
 *
 * @param reference the police's reference of a police report or aangifte
 */
public record CaseEntry(long id, Kind kind, @Nullable String stepCode, String text, @Nullable Long corrects,
		@Nullable String reference, String author, Instant happenedAt, Instant recordedAt,
		@Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt, List<Attachment> attachments) {

	public enum Kind {

		NOTE,
		/** A step of the sanction ladder was taken. */
		STEP,
		/** The call to the Landelijke Vertrouwensinspecteur (4.2). */
		INSPECTOR_CALL,
		/** A police report or aangifte (3.1.9, 4.5). */
		POLICE_REPORT, CORRECTION,
		/** The board classified the case, e.g. as a possible sexual offence. */
		CLASSIFIED,
		/** Statutory path: the bestuur was informed directly. */
		BESTUUR_INFORMED,
		/** Statutory path: the bestuur consulted the vertrouwensinspecteur. */
		INSPECTOR_CONSULTED,
		/** Statutory path: after consulting, the bestuur found a reasonable suspicion. */
		SUSPICION_REASONABLE,
		/**
		 * Statutory path: after consulting, the bestuur found no reasonable suspicion.
		 */
		SUSPICION_NOT_REASONABLE,
		/** A task was done. */
		TASK_DONE, CLOSED

	}

	/** A letter, conversation record or screenshot kept with an entry. */
	public record Attachment(long id, String fileName, String contentType) {
	}

	public boolean isCorrection() {
		return this.corrects != null;
	}

}
