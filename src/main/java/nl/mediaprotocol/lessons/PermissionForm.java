package nl.mediaprotocol.lessons;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A permission as the teacher or manager types it: everything as text, so that a refused
 * form comes back exactly as it was filled in.
 *
 * @param date the day of the lesson (yyyy-MM-dd)
 * @param from the start time (HH:mm)
 * @param until the end time (HH:mm)
 * @param media names of {@link nl.mediaprotocol.consent.Medium}
 * @param recorders a name of {@link Recorders}
 * @param students the refs of the students who may record, with
 * {@link Recorders#STUDENTS}
 */
record PermissionForm(@Nullable String date, @Nullable String from, @Nullable String until, @Nullable String purpose,
		@Nullable List<String> media, @Nullable String recorders, @Nullable List<String> students,
		@Nullable String note) {

	static final int MAX_TEXT = 1000;

	static PermissionForm empty() {
		return new PermissionForm(null, null, null, null, null, Recorders.TEACHER.name(), null, null);
	}

	public boolean hasMedium(String medium) {
		return this.media != null && this.media.contains(medium);
	}

	public boolean hasStudent(String ref) {
		return this.students != null && this.students.contains(ref);
	}

	public boolean isRecorders(String kind) {
		return kind.equals(this.recorders);
	}

	List<String> mediaOrEmpty() {
		return this.media == null ? List.of() : this.media;
	}

	List<String> studentsOrEmpty() {
		return this.students == null ? List.of() : this.students;
	}

}
