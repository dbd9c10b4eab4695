package nl.mediaprotocol.protocol;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new version as the administrator enters it: the text, up to three adoption records
 * and the date it takes effect.
 */
record NewVersionForm(@Nullable String text, @Nullable String body1,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date1, @Nullable String note1,
		@Nullable String body2, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date2,
		@Nullable String note2, @Nullable String body3,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date3, @Nullable String note3,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom) {

	static NewVersionForm empty() {
		return new NewVersionForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The same form with the text of an uploaded file, so that a refusal shows what was
	 * sent.
	 */
	NewVersionForm withText(@Nullable String text) {
		return new NewVersionForm(text, this.body1, this.date1, this.note1, this.body2, this.date2, this.note2,
				this.body3, this.date3, this.note3, this.effectiveFrom);
	}

	java.util.List<ProtocolVersion.AdoptionRecord> adoptions() {
		java.util.List<ProtocolVersion.AdoptionRecord> records = new java.util.ArrayList<>();
		add(records, this.body1, this.date1, this.note1);
		add(records, this.body2, this.date2, this.note2);
		add(records, this.body3, this.date3, this.note3);
		return records;
	}

	/** A row with a body or a date is meant; it needs both. */
	boolean hasIncompleteAdoption() {
		return incomplete(this.body1, this.date1) || incomplete(this.body2, this.date2)
				|| incomplete(this.body3, this.date3);
	}

	private static boolean incomplete(@Nullable String body, @Nullable LocalDate date) {
		return (body == null || body.isBlank()) != (date == null);
	}

	private static void add(java.util.List<ProtocolVersion.AdoptionRecord> records, @Nullable String body,
			@Nullable LocalDate date, @Nullable String note) {
		if (body != null && !body.isBlank() && date != null) {
			records.add(new ProtocolVersion.AdoptionRecord(body.strip(), date,
					note == null || note.isBlank() ? null : note.strip()));
		}
	}

}
