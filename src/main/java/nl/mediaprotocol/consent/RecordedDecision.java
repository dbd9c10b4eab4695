package nl.mediaprotocol.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One decision as the register keeps it: who decided what, for whom, when, how, and which
 * version of the purpose's text they answered.
 */
record RecordedDecision(long id, String subjectRef, String purpose, Medium medium, boolean granted, String decidedByRef,
		Decider decidedBy, DecisionMethod method, String recordedBy, Instant decidedAt, int textVersion,
		@Nullable Long scanId) {

}
