package nl.mediaprotocol.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A manager's request to monitor one person's internet use from the school (3.1.11), and
 * where it stands: waiting for the FG's advice, advised against, ready for ICT, running,
 * closed.
 */
record MonitoringRequest(long id, String personRef, @Nullable String unitCode, String requestedBy, String suspicion,
		@Nullable Long caseId, String scope, LocalDate startsOn, LocalDate endsOn, @Nullable Long extendsRequestId,
		Status status, Instant requestedAt, @Nullable MonitoringAdvice advice, @Nullable String adviceReasons,
		@Nullable String adviceConditions, @Nullable String advisedBy, @Nullable Instant advisedAt,
		@Nullable String startedBy, @Nullable Instant startedAt, boolean conditionsConfirmed,
		@Nullable Instant closedAt, @Nullable CloseReason closeReason) {

	enum Status {

		/** Waiting for the FG's advice. */
		AWAITING_ADVICE,
		/** The FG advised against: ICT cannot start. */
		ADVISED_AGAINST,
		/** A positive advice: ICT may start within the period. */
		READY,
		/** ICT started. */
		RUNNING, CLOSED

	}

	enum CloseReason {

		PERIOD_ENDED, WITHDRAWN, ADVISED_AGAINST

	}

	public boolean isOpen() {
		return this.status != Status.CLOSED && this.status != Status.ADVISED_AGAINST;
	}

	public boolean hasConditions() {
		return this.advice == MonitoringAdvice.AGREE_WITH_CONDITIONS;
	}

	/** ICT may start: a positive advice, inside the period. */
	void checkMayStart(LocalDate today, boolean conditionsConfirmed) {
		if (this.status == Status.RUNNING) {
			throw new MonitoringRefused("monitoring.refused.running");
		}
		if (this.status != Status.READY || this.advice == null || !this.advice.isPositive()) {
			// 3.1.11: never without a positive advice of the FG
			throw new MonitoringRefused("monitoring.refused.noPositiveAdvice");
		}
		if (hasConditions() && !conditionsConfirmed) {
			throw new MonitoringRefused("monitoring.refused.conditionsNotConfirmed");
		}
		if (today.isBefore(this.startsOn) || today.isAfter(this.endsOn)) {
			throw new MonitoringRefused("monitoring.refused.outsidePeriod");
		}
	}

}
