package nl.mediaprotocol.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A case about one subject along its sanction ladder, with the rules the protocol puts on
 * it: a measure that needs the bestuurder's acknowledgement has no effect without it
 * (4.3), a case the board called transgressive does not close before the call to the
 * Landelijke Vertrouwensinspecteur is recorded (4.2), and a possible sexual offence
 * against a minor does not close before its statutory path is complete.
 */
public record Case(long id, String subjectRef, SubjectKind subjectKind, @Nullable String unitCode, String title,
		String handler, @Nullable Long reportId, boolean transgressive, @Nullable CaseClassification classification,
		Status status, Instant openedAt, List<CaseEntry> entries, List<CaseTask> tasks) {

	public enum Status {

		OPEN, CLOSED

	}

	public boolean isOpen() {
		return this.status == Status.OPEN;
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

	/** Measures taken that wait for an acknowledgement (4.3). */
	public List<CaseEntry> awaitingAcknowledgement(SanctionLadder ladder) {
		return this.entries.stream()
			.filter(entry -> entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null)
			.filter(entry -> ladder.acknowledgementNeeded(entry.stepCode()) != null && entry.acknowledgedAt() == null)
			.toList();
	}

	/** The statutory path, when the case is classified as a possible sexual offence. */
	public Optional<StatutoryPath> statutoryPath() {
		return this.classification == CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR
				? Optional.of(StatutoryPath.of(this.entries)) : Optional.empty();
	}

	public boolean hasInspectorCall() {
		return this.entries.stream().anyMatch(entry -> entry.kind() == CaseEntry.Kind.INSPECTOR_CALL);
	}

	/** The corrections of an entry, newest last. */
	public List<CaseEntry> correctionsOf(long entryId) {
		return this.entries.stream().filter(entry -> entry.corrects() != null && entry.corrects() == entryId).toList();
	}

	public List<CaseTask> openTasks() {
		return this.tasks.stream().filter(task -> task.doneAt() == null).toList();
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
		if (statutoryPath().map(path -> !path.isComplete()).orElse(false)) {
			throw new CaseRefused("cases.refused.statutoryPathOpen");
		}
	}

}
