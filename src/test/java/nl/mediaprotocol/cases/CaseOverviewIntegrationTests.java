package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.cases.CaseBoard.BESTUURDER;
import static nl.mediaprotocol.cases.CaseBoard.DIRECTEUR;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER_ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview of open cases per unit and step, and of overdue tasks, is counted in the
 * database; it says what reading every open case and asking for each whether the viewer
 * oversees its unit says, for every kind of viewer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class CaseOverviewIntegrationTests {

	static final CurrentUser DIRECTEUR_ZUID = CurrentUser.of("dirz", "M-TLZ",
			RoleGrant.forUnit(Role.DIRECTEUR, "ZUID"));

	static final List<CurrentUser> VIEWERS = List.of(DIRECTEUR, DIRECTEUR_ZUID, BESTUURDER, TEAMLEIDER);

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	CaseBook cases;

	@Autowired
	CaseOverview overview;

	@Autowired
	CaseRecords records;

	@Autowired
	SanctionLadders ladders;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	MockMvc mvc;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(Instant.parse("2026-09-01T09:00:00Z"));
		return clock;
	}

	@BeforeAll
	void casesOnBothLaddersInTwoLocations() {
		CaseBoard.load(this.importer, this.accounts);
		Instant soon = Instant.parse("2026-09-03T09:00:00Z");
		Instant later = Instant.parse("2026-12-01T09:00:00Z");
		for (int i = 0; i < 3; i++) {
			long noah = open("L-1", TEAMLEIDER);
			this.cases.takeStep(noah, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
			if (i > 0) {
				this.cases.takeStep(noah, "conversation-teamleader", "Gesprek", null, TEAMLEIDER);
			}
			this.cases.addTask(noah, "Ouders bellen " + i, "dir", soon.plus(Duration.ofHours(i)), TEAMLEIDER);
		}
		long sem = open("L-2", TEAMLEIDER);
		long done = this.cases.addTask(sem, "Al gedaan", "tl", soon, TEAMLEIDER);
		this.cases.finishTask(sem, done, TEAMLEIDER);
		this.cases.addTask(sem, "Nog niet over tijd", "tl", later, TEAMLEIDER);
		long tom = open("M-T", TEAMLEIDER);
		this.cases.takeStep(tom, "conversation-manager", "Gesprek met de leidinggevende", null, TEAMLEIDER);
		this.cases.addTask(tom, "Verslag maken", "tl", soon, TEAMLEIDER);
		for (int i = 0; i < 2; i++) {
			long zeno = open("L-Z", TEAMLEIDER_ZUID);
			this.cases.takeStep(zeno, "conversation-teacher", "Gesprek", null, TEAMLEIDER_ZUID);
			this.cases.addTask(zeno, "Terugkoppelen " + i, "tlz", soon.minus(Duration.ofHours(1)), TEAMLEIDER_ZUID);
			if (i == 1) {
				this.cases.close(zeno, "Afgehandeld", TEAMLEIDER_ZUID);
			}
		}
		((TestClock) this.clock).setTo(Instant.parse("2026-09-10T09:00:00Z"));
	}

	@Test
	void eachViewerSeesTheOpenCasesAndOverdueTasksOfTheUnitsTheyOversee() {
		for (CurrentUser viewer : VIEWERS) {
			CaseOverview.Figures expected = caseByCase(viewer);
			CaseOverview.Figures counted = this.overview.of(viewer);

			assertThat(counted).as(viewer.getUsername()).isEqualTo(expected);
		}
		assertThat(this.overview.of(BESTUURDER).openCases()).isEqualTo(6);
		assertThat(this.overview.of(DIRECTEUR_ZUID).rows()).containsExactly(new CaseOverview.Row("Locatie Zuid",
				this.ladders.forSubject(SubjectKind.STUDENT).nameOf("conversation-teacher"), 1));
		assertThat(this.overview.of(TEAMLEIDER).openCases()).as("no overseer").isZero();
	}

	@Test
	void onlyTheMostOverdueTasksAreListedAndTheRestCounted() {
		CaseOverview.Figures all = caseByCase(BESTUURDER);
		CaseOverview.Figures shown = this.overview.of(BESTUURDER, 2);

		assertThat(all.overdue()).hasSizeGreaterThan(2);
		assertThat(shown.overdue()).isEqualTo(all.overdue().subList(0, 2));
		assertThat(shown.overdueCount()).isEqualTo(all.overdue().size());
		assertThat(shown.overdueNotShown()).isEqualTo(all.overdue().size() - 2);
	}

	@Test
	void thePageSaysHowManyOverdueTasksItDoesNotList() throws Exception {
		String page = this.mvc.perform(get("/cases/overview").with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Open zaken in jouw eenheden: 6")
			.contains("Terugkoppelen 0")
			.doesNotContain("Terugkoppelen 1")
			.doesNotContain("hier niet getoond");
	}

	/** The overview worked out by reading every open case, as it was before. */
	private CaseOverview.Figures caseByCase(CurrentUser viewer) {
		Set<Role> overseers = Set.of(Role.DIRECTEUR, Role.BESTUURDER);
		List<Case> open = this.records.cases("c.status = 'OPEN'", Map.of())
			.stream()
			.filter(found -> this.directory.reaches(viewer, overseers, found.unitCode()))
			.toList();
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		for (Case found : open) {
			String step = found.entries()
				.stream()
				.filter(entry -> entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null)
				.reduce((first, second) -> second)
				.map(entry -> this.ladders.forSubject(found.subjectKind()).nameOf(entry.stepCode()))
				.orElse("");
			counts.computeIfAbsent(unitName(found), unit -> new TreeMap<>()).merge(step, 1L, Long::sum);
		}
		List<CaseOverview.Row> rows = counts.entrySet()
			.stream()
			.flatMap(unit -> unit.getValue()
				.entrySet()
				.stream()
				.map(step -> new CaseOverview.Row(unit.getKey(), step.getKey(), step.getValue())))
			.toList();
		Instant now = this.clock.instant();
		List<CaseOverview.Overdue> overdue = open.stream()
			.flatMap(found -> found.openTasks()
				.stream()
				.filter(task -> task.isOverdue(now))
				.map(task -> new CaseOverview.Overdue(found.id(), unitName(found), task.what(), task.assignee(),
						task.assigneeRole() == null ? null : task.assigneeRole().name(), task.dueAt())))
			.sorted(Comparator.comparing(CaseOverview.Overdue::dueAt))
			.toList();
		return new CaseOverview.Figures(rows, overdue, overdue.size(), open.size());
	}

	private String unitName(Case found) {
		return this.directory.unit(found.unitCode()).map(unit -> unit.unit().name()).orElseThrow();
	}

	private long open(String subject, CurrentUser by) {
		((TestClock) this.clock).advance(Duration.ofMinutes(5));
		return this.cases.open(new CaseBook.CaseDraft(subject, "Zaak over " + subject, null), by);
	}

}
