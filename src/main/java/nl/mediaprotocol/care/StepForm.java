package nl.mediaprotocol.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * What a care coordinator fills in for a step on a signal; each step uses the fields it
 * needs. The date is kept as typed, so that a wrong one is shown again to be put right.
 *
 * @param text the conversation's note, the referral's explanation, the reason for
 * closing, or the correction
 * @param referredTo for a referral: to whom or what
 * @param heldOn for a conversation: the day it was held (yyyy-mm-dd, as a date field
 * sends it)
 * @param corrects for a correction: the entry it corrects
 */
record StepForm(@Nullable String text, @Nullable String referredTo, @Nullable String heldOn, @Nullable Long corrects) {

	static StepForm empty() {
		return new StepForm(null, null, null, null);
	}

	/** The day of the conversation; none when left empty. */
	@Nullable LocalDate heldOnDate() {
		if (this.heldOn == null || this.heldOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.heldOn.strip());
		}
		catch (DateTimeParseException ex) {
			throw new CareRefused("care.refused.date");
		}
	}

}
