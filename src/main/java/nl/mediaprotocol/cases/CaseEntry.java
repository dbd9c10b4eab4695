package nl.mediaprotocol.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry on a case's timeline. Never changed once saved: a correction is a new entry
 * that refers to the one it corrects.
 */
public record CaseEntry(long id, Kind kind, @Nullable String stepCode, String text, @Nullable Long corrects,
		String author, Instant happenedAt, Instant recordedAt, @Nullable String acknowledgedBy,
		@Nullable Instant acknowledgedAt) {

	public enum Kind {

		NOTE,
		/** A step of the sanction ladder was taken. */
		STEP,
		/** The call to the Landelijke Vertrouwensinspecteur (4.2). */
		INSPECTOR_CALL,
		/** A police report or aangifte (3.1.9, 4.5). */
		POLICE_REPORT, CORRECTION

	}

}
