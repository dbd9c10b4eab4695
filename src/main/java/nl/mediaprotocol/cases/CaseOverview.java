package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For directeur and bestuurder: how many cases are open per unit and where on the ladder
 * they stand, and which tasks are overdue. Counts and tasks only: no subject's name.
 */
@Service
@Transactional(readOnly = true)
class CaseOverview {

	private final CaseRecords records;

	private final CaseAccess access;

	private final SanctionLadders ladders;

	private final Directory directory;

	private final Clock clock;

	CaseOverview(CaseRecords records, CaseAccess access, SanctionLadders ladders, Directory directory, Clock clock) {
		this.records = records;
		this.access = access;
		this.ladders = ladders;
		this.directory = directory;
		this.clock = clock;
	}

	/** Open cases of one unit at one step of the ladder. */
	record Row(String unit, String step, long count) {
	}

	/** A task past its due time, with the unit of its case. */
	record Overdue(long caseId, String unit, String what, @Nullable String assignee, @Nullable String assigneeRole,
			Instant dueAt) {
	}

	record Figures(List<Row> rows, List<Overdue> overdue, long openCases) {
	}

	Figures of(CurrentUser viewer) {
		// whether the viewer oversees a unit is asked once per unit, not once per case
		Map<String, Boolean> oversees = new java.util.HashMap<>();
		List<Case> open = this.records.cases("c.status = 'OPEN'", Map.of())
			.stream()
			.filter(found -> oversees.computeIfAbsent(String.valueOf(found.unitCode()),
					unit -> this.access.overseesUnit(viewer, found.unitCode())))
			.toList();
		Map<String, String> unitNames = new java.util.HashMap<>();
		java.util.function.Function<Case, String> unitOf = found -> unitNames
			.computeIfAbsent(String.valueOf(found.unitCode()), code -> unitName(found.unitCode()));
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (Case found : open) {
			counts.computeIfAbsent(unitOf.apply(found), unit -> new TreeMap<>())
				.merge(currentStep(found), 1L, Long::sum);
		}
		List<Row> rows = counts.entrySet()
			.stream()
			.flatMap(unit -> unit.getValue()
				.entrySet()
				.stream()
				.map(step -> new Row(unit.getKey(), step.getKey(), step.getValue())))
			.toList();
		Instant now = this.clock.instant();
		List<Overdue> overdue = open.stream()
			.flatMap(found -> found.openTasks()
				.stream()
				.filter(task -> task.isOverdue(now))
				.map(task -> new Overdue(found.id(), unitOf.apply(found), task.what(), task.assignee(),
						task.assigneeRole() == null ? null : task.assigneeRole().name(), task.dueAt())))
			.sorted(Comparator.comparing(Overdue::dueAt))
			.toList();
		return new Figures(rows, overdue, open.size());
	}

	/** The last ladder step taken, or that none was taken yet. */
	private String currentStep(Case found) {
		SanctionLadder ladder = this.ladders.forSubject(found.subjectKind());
		return found.entries()
			.stream()
			.filter(entry -> entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null)
			.reduce((first, second) -> second)
			.map(entry -> ladder.nameOf(entry.stepCode()))
			.orElse("");
	}

	private String unitName(@Nullable String code) {
		if (code == null) {
			return "—";
		}
		return this.directory.unit(code).map(unit -> unit.unit().name()).orElse(code);
	}

}
