package nl.mediaprotocol.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.directory.TestSheets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.insights.InsightsBoard.BESTUURDER;
import static nl.mediaprotocol.insights.InsightsBoard.DIRECTEUR;
import static nl.mediaprotocol.insights.InsightsBoard.DIRECTEUR_E;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dashboards over many units keep their figures between looks, and over more units than a
 * list holds look a unit up by name. Here "many" is three, so that the test board has
 * views that are kept (the school's directeur: three units; the bestuurder: hundreds) and
 * one that is not (the expertise centre's directeur: one). Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = { "mediaprotocol.reporting.reports-per-hour=100",
		"mediaprotocol.insights.keep-figures-from-units=3" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class KeptFiguresIntegrationTests {

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final Pattern THIS_MONTH = Pattern.compile("(?m)^2026-11;(\\d+)$");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	KeptFiguresUpkeep upkeep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dashboard dashboard;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(NOW);
		return clock;
	}

	@BeforeAll
	void aSmallBoardWithHundredsOfSchoolsBeside() {
		InsightsBoard.load(this.importer, this.accounts);
		StringBuilder schools = new StringBuilder("code;naam;soort;bovenliggend\n");
		for (int school = 1; school <= Scope.UNITS_LISTED; school++) {
			schools.append("X").append(school).append(";School ").append(school).append(";school;B\n");
		}
		TestSheets.importSheet(this.importer, ImportKind.UNITS, schools.toString());
	}

	@BeforeEach
	void nothingKeptYet() {
		this.jdbc.sql("delete from dashboard_kept_figures").update();
		((TestClock) this.clock).setTo(NOW);
	}

	@Test
	void aLookAtManyUnitsShowsTheKeptFiguresUntilTheyAreCountedAgainInTheBackground() throws Exception {
		int before = reportsThisMonth(DIRECTEUR);
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("de cijfers zijn geteld op 24-11-2026 10:00")))
			.andExpect(content().string(containsString("Ze zijn hooguit 30 minuten oud.")));

		report("NOORD");
		((TestClock) this.clock).advance(Duration.ofMinutes(10));
		assertThat(reportsThisMonth(DIRECTEUR)).as("the page and its CSV file read the kept figures").isEqualTo(before);

		assertThat(this.upkeep.countAgain()).isEqualTo(new KeptFiguresUpkeep.Done(1, 0));
		assertThat(reportsThisMonth(DIRECTEUR)).isEqualTo(before + 1);
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("de cijfers zijn geteld op 24-11-2026 10:10")));
	}

	@Test
	void keptFiguresReadBackAreTheFiguresAsCountedEveryCellAndNote() throws Exception {
		report("NOORD");
		Dashboard.Request request = new Dashboard.Request(BESTUURDER, "2026-01", null, null, Locale.of("nl"));
		Dashboard.Page counted = this.dashboard.page(request, null).orElseThrow();
		Dashboard.Page kept = this.dashboard.page(request, null).orElseThrow();

		assertThat(kept.sections()).isEqualTo(counted.sections());
		assertThat(kept.sections()
			.stream()
			.flatMap(section -> section.figures().stream())
			.filter(figure -> !figure.isEmpty())).as("something to compare").hasSizeGreaterThan(5);
		assertThat(this.jdbc.sql("select count(*) from dashboard_kept_figures").query(Integer.class).single()).isOne();
	}

	@Test
	void keptFiguresOlderThanTheirMostAgeAreCountedAgainAtTheLook() throws Exception {
		int before = reportsThisMonth(DIRECTEUR);
		report("ZUID");
		assertThat(reportsThisMonth(DIRECTEUR)).isEqualTo(before);

		((TestClock) this.clock).advance(Duration.ofMinutes(31));
		assertThat(reportsThisMonth(DIRECTEUR)).isEqualTo(before + 1);
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("de cijfers zijn geteld op 24-11-2026 10:31")));
	}

	@Test
	void aViewOverFewerUnitsIsCountedAtEveryLookAndNeverKept() throws Exception {
		int before = reportsThisMonth(DIRECTEUR_E);
		this.mvc.perform(get("/insights").with(user(DIRECTEUR_E)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kept-figures"))));
		report("E");
		assertThat(reportsThisMonth(DIRECTEUR_E)).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from dashboard_kept_figures").query(Integer.class).single()).isZero();
	}

	@Test
	void eachViewerMonthsUnitAndLanguageIsAViewOfItsOwn() throws Exception {
		this.mvc.perform(get("/insights").with(user(DIRECTEUR))).andExpect(status().isOk());
		this.mvc.perform(get("/insights").param("lang", "en").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("the figures were counted at 24-11-2026 10:00")));
		this.mvc.perform(get("/insights").param("from", "2026-10").with(user(DIRECTEUR))).andExpect(status().isOk());
		this.mvc.perform(get("/insights").with(user(BESTUURDER))).andExpect(status().isOk());
		this.mvc.perform(get("/insights").param("unit", "NOORD").with(user(BESTUURDER))).andExpect(status().isOk());

		assertThat(this.jdbc.sql("""
				select viewer_grants, period_from, period_to, unit_code, language from dashboard_kept_figures
				order by viewer_grants, period_from, language""")
			.query((rs, row) -> String.join("|", rs.getString(1).strip(), rs.getString(2), rs.getString(3),
					String.valueOf(rs.getString(4)), rs.getString(5)))
			.list()).as("NOORD alone is one unit: counted at the look")
			.containsExactly("BESTUURDER|2025-12|2026-11|null|nl", "DIRECTEUR\tS|2025-12|2026-11|null|en",
					"DIRECTEUR\tS|2025-12|2026-11|null|nl", "DIRECTEUR\tS|2026-10|2026-11|null|nl");
	}

	@Test
	void viewsNobodyLookedAtForAWeekAreForgottenAndTheOthersCountedAgain() throws Exception {
		this.mvc.perform(get("/insights").with(user(DIRECTEUR))).andExpect(status().isOk());
		((TestClock) this.clock).advance(Duration.ofDays(6));
		this.mvc.perform(get("/insights").with(user(BESTUURDER))).andExpect(status().isOk());
		((TestClock) this.clock).advance(Duration.ofDays(2));

		assertThat(this.upkeep.countAgain()).isEqualTo(new KeptFiguresUpkeep.Done(1, 1));
		assertThat(this.jdbc.sql("select viewer_grants from dashboard_kept_figures").query(String.class).list())
			.containsExactly("BESTUURDER\t\n");
	}

	@Test
	void aBoardOfHundredsOfUnitsLooksAUnitUpByNameInsteadOfListingThem() throws Exception {
		this.mvc.perform(get("/insights").with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<select id=\"unit\""))))
			.andExpect(content().string(containsString("id=\"unit-search\"")))
			.andExpect(content().string(containsString(
					"<input type=\"radio\" name=\"unit\" id=\"unit-all\" value=\"\" checked=\"checked\">")));
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("<select id=\"unit\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("unit-search"))));

		// without JavaScript: the page comes back with the units found
		this.mvc.perform(get("/insights").param("zoek", "noord").with(user(BESTUURDER)))
			.andExpect(content().string(containsString("value=\"NOORD\"")))
			.andExpect(content().string(containsString("Bestuur › School")));
		// while typing (htmx): only the choices, the chosen unit kept beside those found
		this.mvc
			.perform(get("/insights/eenheden").param("zoek", "school 1").param("unit", "NOORD").with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("<input type=\"radio\" name=\"unit\" id=\"unit-chosen\" value=\"NOORD\" checked>")))
			.andExpect(content().string(containsString("value=\"X1\"")))
			.andExpect(content().string(containsString("Er is meer gevonden")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
		this.mvc.perform(get("/insights/eenheden").param("zoek", "Atlantis").with(user(BESTUURDER)))
			.andExpect(content().string(containsString("Geen eenheid gevonden met “Atlantis”.")));
		this.mvc.perform(get("/insights/eenheden").param("zoek", "school").with(user(InsightsBoard.TEAMLEIDER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLookAtFiguresCountedInTheBackgroundCountsAsALook() throws Exception {
		TestClock clock = (TestClock) this.clock;
		this.mvc.perform(get("/insights").with(user(DIRECTEUR))).andExpect(status().isOk());
		clock.advance(Duration.ofHours(1));
		assertThat(this.upkeep.countAgain()).isEqualTo(new KeptFiguresUpkeep.Done(1, 0));
		clock.advance(Duration.ofMinutes(5));
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("de cijfers zijn geteld op 24-11-2026 11:00")));

		clock.advance(Duration.ofDays(7).minusMinutes(30));
		assertThat(this.upkeep.countAgain()).as("looked at 6 days and 23.5 hours ago: kept")
			.isEqualTo(new KeptFiguresUpkeep.Done(1, 0));
	}

	@Test
	void aKeptViewIsKeyedByItsGrantsInAnyOrderAndByLanguageNotCountry() {
		Period period = new Period(YearMonth.of(2025, 12), YearMonth.of(2026, 11));
		RoleGrant school = RoleGrant.forUnit(Role.DIRECTEUR, "S");
		RoleGrant board = RoleGrant.boardWide(Role.FG);
		KeptFigures.View view = new KeptFigures.View(List.of(school, board), period, null, Locale.of("nl", "NL"));

		assertThat(view.key())
			.isEqualTo(new KeptFigures.View(List.of(board, school), period, null, Locale.of("nl")).key())
			.isNotEqualTo(new KeptFigures.View(List.of(board, school), period, "S", Locale.of("nl")).key())
			.isNotEqualTo(new KeptFigures.View(List.of(board), period, null, Locale.of("nl")).key())
			.isNotEqualTo(new KeptFigures.View(List.of(board, school), period, null, Locale.ENGLISH).key());
		assertThat(KeptFigures.View.grantsOf(view.grantsText())).containsExactly(school, board);
	}

	private int reportsThisMonth(CurrentUser viewer) throws Exception {
		String csv = this.mvc.perform(get("/insights/reports-by-month.csv").with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher month = THIS_MONTH.matcher(csv);
		assertThat(month.find()).as(csv).isTrue();
		return Integer.parseInt(month.group(1));
	}

	private void report(String unit) throws Exception {
		this.mvc
			.perform(post("/meldpunt").param("category", "BULLYING")
				.param("what", "Er wordt online iets naars over een leerling gedeeld.")
				.param("unit", unit)
				.param("addressedTo", "DIRECTEUR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("receipt-code")));
	}

}
