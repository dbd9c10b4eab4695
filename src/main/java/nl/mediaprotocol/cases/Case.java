package nl.mediaprotocol.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A case about one subject along its sanction ladder, with the rules the protocol puts on
 * it: a measure that needs the bestuurder's acknowledgement has no effect without it
 * (4.3), and a case the board called transgressive does not close before the call to the
 * Landelijke Vertrouwensinspecteur is recorded (4.2).
 */
public record Case(long id, String subjectRef, SubjectKind subjectKind, String title, String handler,
		@Nullable Long reportId, boolean transgressive, Status status, Instant openedAt, List<CaseEntry> entries) {

	public enum Status {

		OPEN, CLOSED

	}

	/**
	 * The ladder steps that count: taken, and acknowledged where the ladder demands it.
	 */
	public Set<String> stepsInEffect(SanctionLadder ladder) {
		return this.entries.stream()
			.filter(entry -> entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null)
			.filter(entry -> ladder.acknowledgementNeeded(entry.stepCode()) == null || entry.acknowledgedAt() != null)
			.map(CaseEntry::stepCode)
			.collect(Collectors.toSet());
	}

	/** The steps taken, whether in effect yet or not. */
	Set<String> stepsTaken() {
		return this.entries.stream()
			.filter(entry -> entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null)
			.map(CaseEntry::stepCode)
			.collect(Collectors.toSet());
	}

	boolean hasInspectorCall() {
		return this.entries.stream().anyMatch(entry -> entry.kind() == CaseEntry.Kind.INSPECTOR_CALL);
	}

	void checkOpen() {
		if (this.status == Status.CLOSED) {
			throw new CaseRefused("cases.refused.closed");
		}
	}

	void checkClosable() {
		checkOpen();
		if (this.transgressive && !hasInspectorCall()) {
			// 4.2: reported by phone to the Landelijke Vertrouwensinspecteur first
			throw new CaseRefused("cases.refused.inspectorCallMissing");
		}
	}

}
