package nl.mediaprotocol.care;

import org.jspecify.annotations.Nullable;

/**
 * What a staff member fills in to raise a care signal.
 *
 * @param student what they typed to find the student: a student number or part of a name
 * @param studentRef the student they chose from the search results, if any
 * @param observation what they saw or heard
 * @param actionTaken what they already did, if anything
 */
record SignalForm(@Nullable String student, @Nullable String studentRef, @Nullable String observation,
		@Nullable String actionTaken) {

	static SignalForm empty() {
		return new SignalForm(null, null, null, null);
	}

}
