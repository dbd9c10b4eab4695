package nl.mediaprotocol.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A report as stored. An anonymous one has no reporter, only a receipt. */
record Report(long id, String receiptCode, @Nullable String reporter, @Nullable String reporterRef,
		ReportCategory category, String what, @Nullable String platform, @Nullable String link,
		@Nullable LocalDate happenedOn, @Nullable String involved, String unitCode, Level addressedTo,
		@Nullable Level escalatedTo, Status status, @Nullable String closeReason, @Nullable Instant policeStepDoneAt,
		@Nullable String policeStepDoneBy, Instant createdAt, Instant acknowledgeDueAt,
		@Nullable Instant acknowledgedAt, Instant feedbackDueAt) {

	enum Status {

		RECEIVED, ACKNOWLEDGED, CLOSED

	}

	public boolean isAnonymous() {
		return this.reporter == null;
	}

	/** The level that handles it now. */
	public Level currentLevel() {
		return this.escalatedTo != null ? this.escalatedTo : this.addressedTo;
	}

	/** 3.1.9 and 4.5: a report that suggests a crime has a police or justice step. */
	public boolean needsPoliceStep() {
		return this.category.suggestsCrime();
	}

}
