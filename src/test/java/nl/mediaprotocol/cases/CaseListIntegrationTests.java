package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
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
import static nl.mediaprotocol.cases.CaseBoard.TEACHER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER_ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case list a page at a time: the database reads only one page of the cases a viewer
 * may see, open ones first and then the newest, and the condition it asks with says what
 * {@link CaseAccess#maySee} says, for every kind of viewer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class CaseListIntegrationTests {

	static final List<CurrentUser> VIEWERS = List.of(TEAMLEIDER, TEAMLEIDER_ZUID, DIRECTEUR, BESTUURDER, TEACHER);

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	CaseBook cases;

	@Autowired
	CaseAccess access;

	@Autowired
	CaseRecords records;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	MockMvc mvc;

	long awaiting;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(Instant.parse("2026-09-01T09:00:00Z"));
		return clock;
	}

	@BeforeAll
	void moreCasesThanTwoPages() {
		CaseBoard.load(this.importer, this.accounts);
		List<String> subjects = List.of("L-1", "L-2", "M-T");
		for (int i = 0; i < 2 * CaseBook.CaseList.SIZE + 7; i++) {
			tick();
			long id = this.cases.open(new CaseBook.CaseDraft(subjects.get(i % 3), "Zaak " + i, null), TEAMLEIDER);
			if (i % 4 == 0) {
				tick();
				this.cases.close(id, "Afgehandeld", TEAMLEIDER);
			}
		}
		// a student's removal waits for the bestuurder's acknowledgement: theirs to see
		tick();
		long earlier = this.cases.open(new CaseBook.CaseDraft("L-2", "Eerder", null), TEAMLEIDER);
		this.cases.takeStep(earlier, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		tick();
		this.awaiting = this.cases.open(new CaseBook.CaseDraft("L-2", "Weer", null), TEAMLEIDER);
		this.cases.takeStep(this.awaiting, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		this.cases.takeStep(this.awaiting, "conversation-teamleader", "Gesprek", null, TEAMLEIDER);
		this.cases.takeStep(this.awaiting, "removal", "Verwijderd", null, TEAMLEIDER);
	}

	@Test
	void eachViewerPagesThroughTheCasesTheyMaySeeOpenOnesFirstThenTheNewest() {
		List<Case> all = this.records.cases("1 = 1", java.util.Map.of());
		for (CurrentUser viewer : VIEWERS) {
			List<Long> expected = all.stream()
				.filter(found -> this.access.maySee(viewer, found))
				.sorted(Comparator.comparing((Case found) -> !found.isOpen())
					.thenComparing(Case::openedAt, Comparator.reverseOrder())
					.thenComparing(Case::id, Comparator.reverseOrder()))
				.map(Case::id)
				.toList();
			List<Long> paged = new ArrayList<>();
			for (int page = 0;; page++) {
				CaseBook.CaseList list = this.cases.visibleTo(viewer, page, CaseBook.CaseList.SIZE);
				assertThat(list.cases()).as(viewer.getUsername() + " page " + page)
					.hasSizeLessThanOrEqualTo(CaseBook.CaseList.SIZE);
				assertThat(list.hasPrevious()).isEqualTo(page > 0);
				list.cases().forEach(found -> paged.add(found.id()));
				if (!list.hasNext()) {
					break;
				}
				assertThat(list.cases()).hasSize(CaseBook.CaseList.SIZE);
			}
			assertThat(paged).as(viewer.getUsername()).isEqualTo(expected);
		}
	}

	@Test
	void theBestuurderSeesEmployeeCasesAndAMeasureWaitingForTheirAcknowledgementNotOtherStudentCases() {
		List<Case> seen = this.cases.visibleTo(BESTUURDER);

		assertThat(seen).extracting(Case::id).contains(this.awaiting);
		assertThat(seen).filteredOn(found -> found.id() != this.awaiting)
			.isNotEmpty()
			.allSatisfy(found -> assertThat(found.subjectKind()).isEqualTo(SubjectKind.EMPLOYEE));
		assertThat(this.cases.visibleTo(TEACHER)).as("never a case about oneself").isEmpty();
	}

	@Test
	void aPageHoldsItsCasesWithTheirTasksAndSaysWhichPagesLieBesideIt() {
		CaseBook.CaseList first = this.cases.visibleTo(TEAMLEIDER, 0, CaseBook.CaseList.SIZE);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.cases()).allSatisfy(found -> assertThat(found.tasks()).isNotNull());
		assertThat(first.cases().get(0).isOpen()).isTrue();
		assertThat(this.cases.visibleTo(TEAMLEIDER, 99, CaseBook.CaseList.SIZE).cases()).isEmpty();
	}

	@Test
	void theListPageLinksToThePreviousAndNextPages() throws Exception {
		String second = this.mvc.perform(get("/cases").param("page", "2").with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("<nav class=\"pager\" aria-label=\"Bladeren door de zaken\">")
			.contains("<a rel=\"prev\" href=\"/cases?page=1\">Vorige pagina</a>")
			.contains("<span aria-current=\"page\">Pagina 2</span>")
			.contains("<a rel=\"next\" href=\"/cases?page=3\">Volgende pagina</a>");

		String last = this.mvc.perform(get("/cases").param("page", "3").with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(last).contains("Pagina 3").doesNotContain("rel=\"next\"");

		String beyond = this.mvc.perform(get("/cases").param("page", "9").with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(beyond).contains("Op deze pagina staan geen zaken meer.").contains("href=\"/cases\"");

		String english = this.mvc
			.perform(get("/cases").param("page", "2").header("Accept-Language", "en").with(user(TEAMLEIDER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("aria-label=\"Browse the cases\"").contains("Previous page").contains("Page 2");
	}

	private void tick() {
		((TestClock) this.clock).advance(Duration.ofMinutes(7));
	}

}
