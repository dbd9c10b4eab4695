package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For directeur and bestuurder: how many cases are open per unit and where on the ladder
 * they stand, and which tasks are overdue. Counts and tasks only: no subject's name.
 * Counted in the database for the units the viewer oversees, so that a board of thousands
 * of schools is not read case by case.
 */
@Service
@Transactional(readOnly = true)
class CaseOverview {

	/** The overdue tasks listed, the most overdue first; the others are counted. */
	static final int OVERDUE_SHOWN = 100;

	private static final Set<Role> OVERSEERS = Set.of(Role.DIRECTEUR, Role.BESTUURDER);

	private final CaseRecords records;

	private final SanctionLadders ladders;

	private final Directory directory;

	private final Clock clock;

	CaseOverview(CaseRecords records, SanctionLadders ladders, Directory directory, Clock clock) {
		this.records = records;
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

	/**
	 * @param overdue the overdue tasks listed, the most overdue first
	 * @param overdueCount how many tasks are overdue in all
	 */
	record Figures(List<Row> rows, List<Overdue> overdue, long overdueCount, long openCases) {

		/** How many overdue tasks are not listed. */
		public long overdueNotShown() {
			return this.overdueCount - this.overdue.size();
		}

	}

	Figures of(CurrentUser viewer) {
		return of(viewer, OVERDUE_SHOWN);
	}

	Figures of(CurrentUser viewer, int overdueShown) {
		Optional<Set<String>> reached = this.directory.unitCodesReachedBy(viewer, OVERSEERS);
		if (reached.isPresent() && reached.get().isEmpty()) {
			return new Figures(List.of(), List.of(), 0, 0);
		}
		Set<String> units = reached.orElse(null);
		List<CaseRecords.OpenCases> perStep = this.records.openCasesPerStep(units);
		CaseRecords.OverdueTasks overdue = this.records.overdueTasks(units, this.clock.instant(), overdueShown);
		Set<String> codes = new HashSet<>();
		perStep.forEach(cases -> codes.add(cases.unitCode()));
		overdue.first().forEach(row -> codes.add(row.unitCode()));
		codes.remove(null);
		Map<String, String> unitNames = this.directory.unitNames(codes);
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		long open = 0;
		for (CaseRecords.OpenCases cases : perStep) {
			String step = cases.stepCode() == null ? ""
					: this.ladders.forSubject(cases.subjectKind()).nameOf(cases.stepCode());
			counts.computeIfAbsent(unitName(cases.unitCode(), unitNames), unit -> new TreeMap<>())
				.merge(step, cases.cases(), Long::sum);
			open += cases.cases();
		}
		List<Row> rows = counts.entrySet()
			.stream()
			.flatMap(unit -> unit.getValue()
				.entrySet()
				.stream()
				.map(step -> new Row(unit.getKey(), step.getKey(), step.getValue())))
			.toList();
		List<Overdue> listed = overdue.first()
			.stream()
			.map(row -> new Overdue(row.task().caseId(), unitName(row.unitCode(), unitNames), row.task().what(),
					row.task().assignee(), row.task().assigneeRole() == null ? null : row.task().assigneeRole().name(),
					row.task().dueAt()))
			.toList();
		return new Figures(rows, listed, overdue.count(), open);
	}

	private static String unitName(@Nullable String code, Map<String, String> names) {
		return code == null ? "—" : names.getOrDefault(code, code);
	}

}
