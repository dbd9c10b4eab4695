package nl.mediaprotocol.lessons;

import java.util.Collection;
import java.util.List;

/** Who may record during the lesson. */
enum Recorders {

	/** Only the teacher (or the staff member who gave permission). */
	TEACHER,
	/** The students named in the permission. */
	STUDENTS,
	/** Everyone in the group. */
	GROUP;

	/**
	 * The students who may record by name: some of the group with {@link #STUDENTS},
	 * nobody by name otherwise.
	 */
	List<String> named(Collection<String> chosen, Collection<String> studentsOfGroup) {
		if (this != STUDENTS) {
			return List.of();
		}
		List<String> named = chosen.stream().map(String::strip).filter(ref -> !ref.isEmpty()).distinct().toList();
		if (named.isEmpty()) {
			throw new LessonRefused("lessons.refused.studentsNeeded");
		}
		if (!studentsOfGroup.containsAll(named)) {
			throw new LessonRefused("lessons.refused.notInGroup");
		}
		return named;
	}

}
