package nl.mediaprotocol.publication;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Deadlines in working days: Saturdays and Sundays do not count. */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The moment the given number of working days after {@code from} ends. */
	static Instant after(Instant from, int days, ZoneId zone) {
		ZonedDateTime due = from.atZone(zone);
		int left = days;
		while (left > 0) {
			due = due.plusDays(1);
			if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return due.toInstant();
	}

}
