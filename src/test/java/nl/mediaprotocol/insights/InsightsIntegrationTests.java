package nl.mediaprotocol.insights;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.cases.CaseBook;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.DecisionMethod;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.screening.Photos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.insights.InsightsBoard.BESTUURDER;
import static nl.mediaprotocol.insights.InsightsBoard.COMM;
import static nl.mediaprotocol.insights.InsightsBoard.COMM2;
import static nl.mediaprotocol.insights.InsightsBoard.DIRECTEUR;
import static nl.mediaprotocol.insights.InsightsBoard.DIRECTEUR_E;
import static nl.mediaprotocol.insights.InsightsBoard.FG;
import static nl.mediaprotocol.insights.InsightsBoard.GUARDIAN;
import static nl.mediaprotocol.insights.InsightsBoard.GUARDIAN_E;
import static nl.mediaprotocol.insights.InsightsBoard.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards of 1.2 over a board filled through the modules' own services and
 * screens: reports filed at the reporting point and answered from the inbox, cases opened
 * and closed, a post taken down after a withdrawal, monitoring requests, consent and
 * protocol confirmations. Runs on H2 and on PostgreSQL with the same expectations.
 */
@SpringBootTest(properties = "mediaprotocol.reporting.reports-per-hour=100")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class InsightsIntegrationTests {

	/** Today, in the tests: a Tuesday. */
	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final Pattern REPORT_LINK = Pattern.compile("href=\"/reports/(\\d+)\"");

	static final Pattern MEDIA_LINK = Pattern.compile("/publications/\\d+/media/(\\d+)\"");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseBook cases;

	@Autowired
	ConsentRegister consent;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Before anything happens: the board's purposes and protocol start at start-up, in
	 * this school year.
	 */
	static final Instant START = Instant.parse("2026-08-03T09:00:00Z");

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(START);
		return clock;
	}

	@BeforeAll
	void aBoardWithAYearOfWork() throws Exception {
		InsightsBoard.load(this.importer, this.accounts);

		// 00:30 on 1 September in Amsterdam: a September report, on either database
		at("2026-08-31T22:30:00Z");
		long personalData = report("PERSONAL_DATA", "NOORD", DIRECTEUR);
		at("2026-09-03T22:30:00Z");
		acknowledge(personalData, DIRECTEUR);
		at("2026-09-10T10:00:00Z");
		long first = report("BULLYING", "NOORD", DIRECTEUR);
		long second = report("BULLYING", "NOORD", DIRECTEUR);
		report("MEMES", "ZUID", DIRECTEUR);
		at("2026-09-11T10:00:00Z");
		acknowledge(first, DIRECTEUR);
		at("2026-09-12T10:00:00Z");
		acknowledge(second, DIRECTEUR);
		at("2026-09-20T10:00:00Z");
		this.mvc
			.perform(post("/reports/" + first + "/close").param("reason", "Besproken met de klas")
				.with(user(DIRECTEUR))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		at("2026-10-05T10:00:00Z");
		long third = report("BULLYING", "NOORD", DIRECTEUR);
		List<Long> expertise = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			expertise.add(report("BULLYING", "E", DIRECTEUR_E));
		}
		expertise.add(report("THREAT", "E", DIRECTEUR_E));
		expertise.add(report("THREAT", "E", DIRECTEUR_E));
		at("2026-10-06T10:00:00Z");
		for (long id : expertise) {
			acknowledge(id, DIRECTEUR_E);
		}
		at("2026-10-09T10:00:00Z");
		acknowledge(third, DIRECTEUR);

		at("2026-10-12T09:00:00Z");
		long noah = this.cases.open(new CaseBook.CaseDraft("L-1", "Schelden in de groepsapp", null), DIRECTEUR);
		this.cases.open(new CaseBook.CaseDraft("L-2", "Foto van een klasgenoot gedeeld", null), DIRECTEUR);
		this.cases.open(new CaseBook.CaseDraft("M-TL", "Privéaccount over leerlingen", null), DIRECTEUR);
		at("2026-10-17T09:00:00Z");
		this.cases.close(noah, "Afgesproken dat het stopt", DIRECTEUR);
		at("2026-11-02T09:00:00Z");
		for (String student : List.of("L-E1", "L-E2", "L-E3", "L-E4", "L-E5")) {
			this.cases.open(new CaseBook.CaseDraft(student, "Memes over een begeleider", null), DIRECTEUR_E);
		}

		at("2026-11-03T09:00:00Z");
		consents("L-1", GUARDIAN);
		for (String student : List.of("L-E1", "L-E2", "L-E3", "L-E4", "L-E5")) {
			consents(student, GUARDIAN_E);
		}
		publishPhotoOf("L-1", "website");
		// a Monday: two working days to take the post down, so late by today
		at("2026-11-16T09:00:00Z");
		this.consent.withdrawAll("L-1", "G-1", GUARDIAN, DecisionMethod.PORTAL, null);

		at("2026-11-20T09:00:00Z");
		long monitoring = monitor("L-1", DIRECTEUR);
		monitor("L-E1", DIRECTEUR_E);
		this.mvc
			.perform(post("/monitoring/" + monitoring + "/advice").param("advice", "AGREE")
				.param("reasons", "Concreet vermoeden, beperkt tot twee weken en alleen het schoolnetwerk.")
				.with(user(FG))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());

		at("2026-11-21T09:00:00Z");
		for (CurrentUser employee : List.of(DIRECTEUR, TEAMLEIDER)) {
			this.mvc.perform(post("/protocol/acknowledge").with(user(employee)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getFlashMap().get("problem"))
					.as(result.getRequest().getRequestURI())
					.isNull());
		}
		at(NOW.toString());
	}

	@Test
	void theDirecteurCountsTheReportsOfTheSchoolPerMonthCategoryAndUnitExactly() throws Exception {
		assertThat(csv(DIRECTEUR, "reports-by-month")).isEqualTo(months("Maand;Meldingen", "2026-09;4", "2026-10;1"));
		assertThat(csv(DIRECTEUR, "reports-by-category")).isEqualTo(lines("Waar het over gaat;Meldingen",
				"(Digitaal) pesten;3", "Persoonsgegevens delen;1", "Verspreiden van memes;1"));
		assertThat(csv(DIRECTEUR, "reports-by-unit"))
			.isEqualTo(lines("Eenheid;Meldingen", "Locatie Noord;4", "Locatie Zuid;1"));
		assertThat(csv(DIRECTEUR, "reports-by-month", "unit", "NOORD"))
			.isEqualTo(months("Maand;Meldingen", "2026-09;3", "2026-10;1"));
	}

	@Test
	void theBestuurderSeesTheWholeBoardWithCountsBelowFiveHidden() throws Exception {
		assertThat(csv(BESTUURDER, "reports-by-month"))
			.isEqualTo(months("Maand;Meldingen", "2026-09;< 5", "2026-10;9"));
		assertThat(csv(BESTUURDER, "reports-by-category")).isEqualTo(lines("Waar het over gaat;Meldingen",
				"(Digitaal) pesten;9", "Bedreiging;< 5", "Persoonsgegevens delen;< 5", "Verspreiden van memes;< 5"));
		assertThat(csv(BESTUURDER, "reports-by-unit"))
			.isEqualTo(lines("Eenheid;Meldingen", "Expertisecentrum;8", "Locatie Noord;< 5", "Locatie Zuid;< 5"));
		assertThat(csv(FG, "reports-by-unit")).as("the FG alike").isEqualTo(csv(BESTUURDER, "reports-by-unit"));
		this.mvc.perform(get("/insights").with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"number\">&lt; 5</td>")));
	}

	@Test
	void timesToTheFirstReactionAndToClosingAreMediansAndNinetiethPercentilesInDays() throws Exception {
		assertThat(csv(DIRECTEUR, "report-reaction-times"))
			.isEqualTo(lines("Eenheid;Met reactie;Mediaan (dagen);90e percentiel (dagen)", "Locatie Noord;4;2,5;3,7",
					"Locatie Zuid;0;–;–", "Samen;4;2,5;3,7"));
		assertThat(csv(BESTUURDER, "report-reaction-times"))
			.isEqualTo(lines("Eenheid;Met reactie;Mediaan (dagen);90e percentiel (dagen)", "Expertisecentrum;8;1,0;1,0",
					"Locatie Noord;< 5;–;–", "Locatie Zuid;0;–;–", "Samen;12;1,0;2,9"));
		assertThat(csv(DIRECTEUR, "report-closing-times"))
			.isEqualTo(lines("Eenheid;Afgesloten;Mediaan (dagen);90e percentiel (dagen)", "Locatie Noord;1;10,0;10,0",
					"Locatie Zuid;0;–;–", "Samen;1;10,0;10,0"));
		assertThat(csv(DIRECTEUR, "case-closing-times"))
			.isEqualTo(lines("Eenheid;Afgesloten;Mediaan (dagen);90e percentiel (dagen)", "Locatie Noord;1;5,0;5,0"));
	}

	@Test
	void casesCountPerMonthSubjectAndUnit() throws Exception {
		assertThat(csv(DIRECTEUR, "cases-by-month")).isEqualTo(months("Maand;Zaken", "2026-10;3"));
		assertThat(csv(DIRECTEUR, "cases-by-subject")).isEqualTo(lines("Over een;Zaken", "Leerling;2", "Medewerker;1"));
		assertThat(csv(BESTUURDER, "cases-by-subject"))
			.isEqualTo(lines("Over een;Zaken", "Leerling;7", "Medewerker;< 5"));
		assertThat(csv(BESTUURDER, "cases-by-unit"))
			.isEqualTo(lines("Eenheid;Zaken", "Expertisecentrum;5", "Locatie Noord;< 5"));
		assertThat(csv(DIRECTEUR_E, "cases-by-unit")).isEqualTo(lines("Eenheid;Zaken", "Expertisecentrum;5"));
	}

	@Test
	void openTakedownsConsentCoverageConfirmationsAndMonitoringAsTheyStandToday() throws Exception {
		assertThat(csv(DIRECTEUR, "takedowns")).isEqualTo(lines("Eenheid;Open;Te laat", "Locatie Noord;1;1"));
		assertThat(csv(BESTUURDER, "takedowns")).isEqualTo(lines("Eenheid;Open;Te laat", "Locatie Noord;< 5;< 5"));
		assertThat(csv(DIRECTEUR, "consent-coverage"))
			.contains("Locatie Noord;Groep Noord;Website van de school;2;1;50%")
			.contains("Locatie Noord;Groep Noord;Ouderportaal;2;0;0%");
		assertThat(csv(BESTUURDER, "consent-coverage"))
			.contains("Locatie Noord;Groep Noord;Website van de school;< 5;< 5;–")
			.contains("Expertisecentrum;Groep Expertise;Website van de school;6;5;–")
			.contains("Expertisecentrum;Groep Expertise;Ouderportaal;6;0;0%");
		assertThat(csv(DIRECTEUR_E, "consent-coverage"))
			.contains("Expertisecentrum;Groep Expertise;Website van de school;6;5;83%");
		assertThat(csv(DIRECTEUR, "acknowledgements")).isEqualTo(
				lines("Eenheid;Medewerkers;Bevestigd;Bevestigd (%)", "School;1;1;100%", "Locatie Noord;1;1;100%"));
		assertThat(csv(BESTUURDER, "acknowledgements")).as("a share of few is not shown either")
			.isEqualTo(lines("Eenheid;Medewerkers;Bevestigd;Bevestigd (%)", "Bestuur;< 5;0;–",
					"Expertisecentrum;< 5;0;–", "School;< 5;< 5;–", "Locatie Noord;< 5;< 5;–"));
		assertThat(csv(DIRECTEUR, "monitoring-by-status")).isEqualTo(lines("Stand;Verzoeken", "Klaar voor ICT;1"));
		assertThat(csv(BESTUURDER, "monitoring-by-status"))
			.isEqualTo(lines("Stand;Verzoeken", "Klaar voor ICT;< 5", "Wacht op advies van de FG;< 5"));
		assertThat(csv(DIRECTEUR, "monitoring-by-month")).isEqualTo(months("Maand;Verzoeken", "2026-11;1"));
	}

	@Test
	void aDirecteurDoesNotSeeAnotherUnitsFigures() throws Exception {
		assertThat(csv(DIRECTEUR, "reports-by-unit")).doesNotContain("Expertisecentrum");
		assertThat(csv(DIRECTEUR_E, "reports-by-unit")).isEqualTo(lines("Eenheid;Meldingen", "Expertisecentrum;8"));
		this.mvc.perform(get("/insights").param("unit", "E").with(user(DIRECTEUR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/insights/reports-by-unit.csv").param("unit", "E").with(user(DIRECTEUR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/insights").with(user(DIRECTEUR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Expertisecentrum"))))
			.andExpect(content().string(containsString("<option value=\"NOORD\"")));
		this.mvc.perform(get("/insights").with(user(TEAMLEIDER))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsEachFigureAsAnAccessibleChartATableAndALinkToItsCsvFile() throws Exception {
		String page = this.mvc
			.perform(get("/insights").param("from", "2026-09").param("to", "2026-10").with(user(DIRECTEUR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<svg class=\"chart\" role=\"img\"")
			.contains("viewBox=\"0 0 340 ")
			.contains("aria-labelledby=\"chart-reports-by-month\"")
			.contains("<title id=\"chart-reports-by-month\">Meldingen per maand: staafdiagram.")
			.contains("<caption>Meldingen per maand</caption>")
			.contains("<th scope=\"row\">september 2026</th>")
			.contains("href=\"/insights/reports-by-month.csv?from=2026-09&amp;to=2026-10\"")
			.doesNotContain("style=")
			.as("a board of a few units is counted at every look")
			.doesNotContain("kept-figures");
		assertThat(Pattern.compile("<svg class=\"chart\"").matcher(page).results().count())
			.as("a chart for each figure with something to count")
			.isGreaterThanOrEqualTo(10);
		this.mvc.perform(get("/insights/reports-by-month.csv").with(user(DIRECTEUR)))
			.andExpect(header().string("Content-Disposition", containsString("reports-by-month.csv")))
			.andExpect(header().string("Content-Type", containsString("text/csv")));
		this.mvc.perform(get("/insights/no-such-figure.csv").with(user(DIRECTEUR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/insights").param("lang", "en").with(user(DIRECTEUR)))
			.andExpect(content().string(containsString("<h1>Safety plan dashboard</h1>")))
			.andExpect(content().string(containsString("<th scope=\"row\">September 2026</th>")));
	}

	@Test
	void everyLookAndEveryDownloadIsAudited() throws Exception {
		this.mvc.perform(get("/insights").param("unit", "NOORD").with(user(DIRECTEUR))).andExpect(status().isOk());
		this.mvc.perform(get("/insights/takedowns.csv").with(user(FG))).andExpect(status().isOk());

		assertThat(this.jdbc
			.sql("""
					select actor, action, record_id, details from audit_entries
					where record_type = 'INSIGHTS' and (actor = 'dir' and details like '%NOORD%' or actor = 'fg' and record_id = 'takedowns')
					order by sequence_number
					""")
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly("dir|INSIGHTS_VIEWED|dashboard|periode 2025-12..2026-11, eenheid NOORD",
					"fg|INSIGHTS_EXPORTED|takedowns|periode 2025-12..2026-11");
	}

	private String csv(CurrentUser viewer, String figure, String... parameters) throws Exception {
		var request = get("/insights/" + figure + ".csv").with(user(viewer));
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String lines(String... lines) {
		return String.join("\r\n", lines) + "\r\n";
	}

	/** The twelve months up to today, zero unless given. */
	private static String months(String head, String... counted) {
		List<String> lines = new ArrayList<>(List.of(head));
		for (YearMonth month = YearMonth.of(2025, 12); !month.isAfter(YearMonth.of(2026, 11)); month = month
			.plusMonths(1)) {
			String prefix = month + ";";
			lines.add(Arrays.stream(counted).filter(line -> line.startsWith(prefix)).findFirst().orElse(prefix + "0"));
		}
		return lines(lines.toArray(String[]::new));
	}

	private void at(String instant) {
		((TestClock) this.clock).setTo(Instant.parse(instant));
	}

	/**
	 * Files a report at the reporting point, anonymously, and finds it in the recipient's
	 * inbox.
	 */
	private long report(String category, String unit, CurrentUser recipient) throws Exception {
		this.mvc
			.perform(post("/meldpunt").param("category", category)
				.param("what", "Er wordt online iets naars over een leerling gedeeld.")
				.param("unit", unit)
				.param("addressedTo", "DIRECTEUR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("receipt-code")));
		String inbox = this.mvc.perform(get("/reports").with(user(recipient)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher links = REPORT_LINK.matcher(inbox);
		long newest = 0;
		while (links.find()) {
			newest = Math.max(newest, Long.parseLong(links.group(1)));
		}
		assertThat(newest).isPositive();
		return newest;
	}

	private void acknowledge(long report, CurrentUser recipient) throws Exception {
		this.mvc.perform(post("/reports/" + report + "/acknowledge").with(user(recipient)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
	}

	/** The guardian says yes to photos on the website. */
	private void consents(String student, CurrentUser guardian) {
		this.consent.record(new ConsentRegister.DecisionRequest(student, "website", Medium.PHOTO, true,
				guardian.personRef(), DecisionMethod.PORTAL, null), guardian);
	}

	/**
	 * Communications puts a photo of the student on a channel, reviewed by a colleague.
	 */
	private void publishPhotoOf(String student, String channel) throws Exception {
		String draft = this.mvc.perform(post("/publications").with(user(COMM)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String path = draft.replaceFirst("#.*$", "");
		this.mvc.perform(post(path).param("text", "Sportdag!").param("channels", channel).with(user(COMM)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		this.mvc
			.perform(multipart(path + "/media")
				.file(new MockMultipartFile("file", "sportdag.jpg", "image/jpeg", Photos.jpeg(320, 200)))
				.with(user(COMM))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		Matcher media = MEDIA_LINK
			.matcher(this.mvc.perform(get(path).with(user(COMM))).andReturn().getResponse().getContentAsString());
		assertThat(media.find()).isTrue();
		this.mvc.perform(
				post(path + "/media/" + media.group(1) + "/tags").param("ref", student).with(user(COMM)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		this.mvc.perform(post(path + "/submit").with(user(COMM)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		this.mvc.perform(post(path + "/approve").with(user(COMM2)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
		this.mvc
			.perform(post(path + "/published").param("channel", channel)
				.param("url", "https://www.school.example/sportdag")
				.with(user(COMM))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as(result.getRequest().getRequestURI())
				.isNull());
	}

	/** A manager asks to monitor a person from next Monday, for a week. */
	private long monitor(String person, CurrentUser manager) throws Exception {
		LocalDate monday = LocalDate.of(2026, 11, 23);
		String location = this.mvc.perform(post("/monitoring").param("person", person)
			.param("suspicion",
					"Er zijn concrete aanwijzingen dat vanaf de schoolcomputers berichten over een klasgenoot worden verspreid op sociale media.")
			.param("scope", "Proxylogboek van het schoolnetwerk")
			.param("startsOn", monday.toString())
			.param("endsOn", monday.plusDays(6).toString())
			.with(user(manager))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/monitoring/\\d+");
		return Long.parseLong(location.substring("/monitoring/".length()));
	}

}
