package nl.mediaprotocol.lessons;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The lesson a permission is for: a day with a start and end time in the board's zone,
 * given in advance (3.1.2: "vooraf").
 */
record LessonWindow(Instant startsAt, Instant endsAt) {

	/**
	 * The window as typed in the form (ISO date, HH:mm), or why it is refused: missing,
	 * unreadable, ending before it starts, or already begun.
	 */
	static LessonWindow of(@Nullable String date, @Nullable String from, @Nullable String until, ZoneId zone,
			Instant now) {
		if (blank(date) || blank(from) || blank(until)) {
			throw new LessonRefused("lessons.refused.whenNeeded");
		}
		Instant start;
		Instant end;
		try {
			LocalDate day = LocalDate.parse(date.strip());
			start = day.atTime(LocalTime.parse(from.strip())).atZone(zone).toInstant();
			end = day.atTime(LocalTime.parse(until.strip())).atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw new LessonRefused("lessons.refused.whenInvalid");
		}
		if (!start.isBefore(end)) {
			throw new LessonRefused("lessons.refused.endBeforeStart");
		}
		if (start.isBefore(now)) {
			// permission is given beforehand, never for a lesson that has begun
			throw new LessonRefused("lessons.refused.past");
		}
		return new LessonWindow(start, end);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
