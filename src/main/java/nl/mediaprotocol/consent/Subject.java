package nl.mediaprotocol.consent;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonKind;
import org.jspecify.annotations.Nullable;

/**
 * The person a consent question is about: who they are, and so who decides for them.
 */
record Subject(String ref, PersonKind kind, @Nullable LocalDate dateOfBirth, List<String> guardianRefs) {

	/** The age from which a student decides for themselves (3.1.6). */
	static final int AGE_OF_OWN_DECISION = 16;

	static Subject of(PersonFacts facts) {
		return new Subject(facts.ref(), facts.kind(), facts.dateOfBirth(), facts.guardianRefs());
	}

	boolean isStudent() {
		return this.kind == PersonKind.STUDENT;
	}

	/**
	 * Whether the person decides for themselves on the given day: everyone but a student
	 * under 16. A student without a known date of birth is taken to be under 16, so their
	 * guardians are asked.
	 */
	boolean decidesForThemselvesOn(LocalDate day) {
		if (!isStudent()) {
			return true;
		}
		return this.dateOfBirth != null && !day.isBefore(sixteenthBirthday(this.dateOfBirth));
	}

	/**
	 * The day a student turns 16. Someone born on 29 February turns 16 on 1 March in a
	 * year without that day.
	 */
	static LocalDate sixteenthBirthday(LocalDate dateOfBirth) {
		LocalDate birthday = dateOfBirth.plusYears(AGE_OF_OWN_DECISION);
		if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29
				&& birthday.getDayOfMonth() == 28) {
			return birthday.plusDays(1);
		}
		return birthday;
	}

	/**
	 * The latest date of birth of a student who decides on the given day: born on it or
	 * before, they are 16. The same as {@link #sixteenthBirthday} on or before the day,
	 * also for 29 February, so that a query can compare dates of birth with it.
	 */
	static LocalDate bornByToDecideOn(LocalDate day) {
		return day.minusYears(AGE_OF_OWN_DECISION);
	}

	/** Who decides for this person on the given day. */
	Decider deciderOn(LocalDate day) {
		return switch (this.kind) {
			case EMPLOYEE -> Decider.EMPLOYEE;
			case GUARDIAN -> Decider.GUARDIAN;
			case STUDENT -> decidesForThemselvesOn(day) ? Decider.STUDENT : Decider.GUARDIAN;
		};
	}

}
