package nl.mediaprotocol.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.screening.Photos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "mediaprotocol.reporting.reports-per-hour=3")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReportingIntegrationTests {

	static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([0-9-]+)<");

	static final Pattern SECRET = Pattern.compile("id=\"receipt-secret\">([A-Z0-9]+)<");

	static final CurrentUser TEAMLEIDER_NOORD = CurrentUser.of("tl-noord", "TL-N",
			RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser TEAMLEIDER_ZUID = CurrentUser.of("tl-zuid", "TL-Z",
			RoleGrant.forUnit(Role.TEAMLEIDER, "ZUID"));

	static final CurrentUser DIRECTEUR = CurrentUser.of("dir", "DIR", RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	static final CurrentUser BESTUURDER = CurrentUser.of("bestuur", "BST", RoleGrant.boardWide(Role.BESTUURDER));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportingPoint point;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	nl.mediaprotocol.account.AccountRegistry accounts;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(Instant.parse("2026-11-24T09:00:00Z"));
		return clock;
	}

	@BeforeEach
	void importBoard() {
		assertThat(this.importer.importCsv(ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				S;School;school;B
				NOORD;Locatie Noord;locatie;S
				ZUID;Locatie Zuid;locatie;S
				""".getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
	}

	@Test
	void aSmallBoardListsItsUnitsABigBoardsReporterLooksThemUpWithOrWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/meldpunt"))
			.andExpect(content().string(containsString("<select id=\"unit\" name=\"unit\">")))
			.andExpect(content().string(containsString("value=\"ZUID\"")));
		StringBuilder units = new StringBuilder("code;naam;soort;bovenliggend\n");
		for (int n = 1; n <= ReportFormController.UNITS_IN_ONE_LIST; n++) {
			units.append("L").append(n).append(";Locatie ").append(n).append(";locatie;S\n");
		}
		assertThat(
				this.importer.importCsv(ImportKind.UNITS, units.toString().getBytes(StandardCharsets.UTF_8)).problems())
			.isEmpty();

		this.mvc.perform(get("/meldpunt"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<select id=\"unit\""))))
			.andExpect(content().string(containsString("id=\"unit-search\"")))
			.andExpect(content().string(not(containsString("value=\"ZUID\""))));
		// without JavaScript the search sends the form and gets it back as filled in
		this.mvc
			.perform(multipart("/meldpunt/eenheden").param("category", "BULLYING")
				.param("what", "Er wordt gescholden in de groepsapp.")
				.param("addressedTo", "DIRECTEUR")
				.param("zoek", "noord")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er wordt gescholden in de groepsapp.")))
			.andExpect(content().string(containsString("value=\"NOORD\" checked")))
			.andExpect(content().string(not(containsString("value=\"ZUID\""))));
		// while typing (htmx): the units found, at most a page of them, and the one
		// chosen
		String found = this.mvc.perform(get("/meldpunt/eenheden").param("zoek", "locatie 1").param("unit", "ZUID"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).doesNotContain("<html")
			.contains("value=\"ZUID\" checked", "Locatie 1<", "Locatie 100<", "School")
			.contains("Er is meer gevonden");
		assertThat(found.split("name=\"unit\"", -1)).hasSize(ReportFormController.UNITS_FOUND + 2);

		report("BULLYING", "TEAMLEIDER", "L17", "192.0.2.7").andExpect(status().isOk())
			.andExpect(content().string(containsString("receipt-code")));
	}

	@Test
	void anAnonymousReporterFollowsUpWithTheReceiptAndNobodyElseCan() throws Exception {
		String page = report("BULLYING", "TEAMLEIDER", "NOORD", "192.0.2.1").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String code = find(CODE, page);
		String secret = find(SECRET, page);
		assertThat(code.replace("-", "")).hasSize(16).containsOnlyDigits();
		long id = this.jdbc.sql("select id from reports").query(Long.class).single();
		assertThat(this.jdbc.sql("select reporter, secret_hash from reports").query().singleRow())
			.containsEntry("REPORTER", null)
			.satisfies(row -> assertThat((String) row.get("SECRET_HASH")).startsWith("$2a$12$").doesNotContain(secret));
		assertThat(
				this.jdbc.sql("select count(*) from audit_entries where record_type = 'REPORT' and address is not null")
					.query(Long.class)
					.single())
			.as("no address kept for an anonymous reporter")
			.isZero();

		this.point.ask(TEAMLEIDER_NOORD, id, "Op welke dag was dit?");

		follow(code, secret).andExpect(content().string(containsString("Op welke dag was dit?")));
		follow(code, "WRONGSECRET").andExpect(content().string(containsString("horen niet bij elkaar")))
			.andExpect(content().string(not(containsString("Op welke dag was dit?"))));
		follow("1111-2222-3333-4444", secret).andExpect(content().string(not(containsString("Op welke dag was dit?"))));
		this.mvc
			.perform(post("/meldpunt/volgen/aanvullen").param("code", code)
				.param("secret", secret)
				.param("text", "Het was dinsdag.")
				.with(csrf()))
			.andExpect(content().string(containsString("Je aanvulling is verstuurd")));
		assertThat(this.point.messages(id)).extracting(Reports.Message::text)
			.containsExactly("Op welke dag was dit?", "Het was dinsdag.");

		assertThat(this.point.inbox(TEAMLEIDER_NOORD)).hasSize(1);
		assertThat(this.point.inbox(TEAMLEIDER_ZUID)).isEmpty();
		this.mvc.perform(get("/reports/" + id).with(user(TEAMLEIDER_ZUID))).andExpect(status().isNotFound());
	}

	@Test
	void theServerRefusesAnImageOnASextingReport() throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/meldpunt")
			.file(new MockMultipartFile("images", "scherm.jpg", "image/jpeg", Photos.jpeg(100, 80)));
		this.mvc
			.perform(request.param("category", "SEXTING")
				.param("what", "Er gaat een foto rond")
				.param("unit", "NOORD")
				.param("addressedTo", "TEAMLEIDER")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("geen afbeeldingen")));
		MockMultipartHttpServletRequestBuilder flagged = multipart("/meldpunt")
			.file(new MockMultipartFile("images", "scherm.jpg", "image/jpeg", Photos.jpeg(100, 80)));
		this.mvc
			.perform(flagged.param("category", "BULLYING")
				.param("sexualImages", "true")
				.param("what", "Er gaat een foto rond")
				.param("unit", "NOORD")
				.param("addressedTo", "TEAMLEIDER")
				.with(csrf()))
			.andExpect(content().string(containsString("geen afbeeldingen")));

		assertThat(this.jdbc.sql("select count(*) from reports").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from report_evidence").query(Long.class).single()).isZero();
	}

	@Test
	void aScreenshotIsKeptOnABullyingReport() throws Exception {
		this.mvc
			.perform(
					multipart("/meldpunt")
						.file(new MockMultipartFile("images", "scherm.png", "image/png",
								Photos.encode(new java.awt.image.BufferedImage(40, 30,
										java.awt.image.BufferedImage.TYPE_INT_RGB), "png")))
						.param("category", "BULLYING")
						.param("what", "Schelden in de groepsapp")
						.param("unit", "NOORD")
						.param("addressedTo", "TEAMLEIDER")
						.with(csrf()))
			.andExpect(content().string(containsString("Meldnummer")));

		assertThat(this.jdbc.sql("select content_type from report_evidence").query(String.class).single())
			.isEqualTo("image/png");
	}

	@Test
	void aReportToTheBoardIsNotVisibleToTheTeamLeader() throws Exception {
		report("THREAT", "BESTUUR", "NOORD", "192.0.2.2").andExpect(status().isOk());
		long id = this.jdbc.sql("select id from reports").query(Long.class).single();

		assertThat(this.point.inbox(TEAMLEIDER_NOORD)).isEmpty();
		assertThat(this.point.inbox(DIRECTEUR)).isEmpty();
		assertThat(this.point.inbox(BESTUURDER)).extracting(Report::id).containsExactly(id);
		this.mvc.perform(get("/reports/" + id).with(user(TEAMLEIDER_NOORD))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/" + id).with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("politie of justitie")));
		assertThat(
				this.jdbc.sql("select count(*) from audit_entries where action = 'REPORT_READ' and actor = 'bestuur'")
					.query(Long.class)
					.single())
			.as("every read is audited")
			.isEqualTo(1);

		this.accounts.open("tl-noord", "Tineke Leider", "TL-N", "a-long-password-1",
				java.util.Set.of(RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD")));
		assertThatThrownBy(() -> this.point.share(BESTUURDER, id, "nobody"))
			.hasMessage("reporting.refused.noSuchColleague");
		this.point.share(BESTUURDER, id, "tl-noord");
		assertThat(this.point.inbox(TEAMLEIDER_NOORD)).as("shared with a named colleague").hasSize(1);
	}

	@Test
	void theRateLimitHoldsPerSource() throws Exception {
		for (int i = 0; i < 3; i++) {
			report("OTHER", "TEAMLEIDER", "NOORD", "192.0.2.3")
				.andExpect(content().string(containsString("Meldnummer")));
		}
		report("OTHER", "TEAMLEIDER", "NOORD", "192.0.2.3")
			.andExpect(content().string(containsString("Probeer het over een uur opnieuw")));
		report("OTHER", "TEAMLEIDER", "NOORD", "192.0.2.4").andExpect(content().string(containsString("Meldnummer")));

		((TestClock) this.clock).advance(Duration.ofMinutes(61));
		report("OTHER", "TEAMLEIDER", "NOORD", "192.0.2.3").andExpect(content().string(containsString("Meldnummer")));
		assertThat(this.jdbc.sql("select count(*) from reports").query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void aReportNotAcknowledgedInTimeEscalatesToTheNextLevel() throws Exception {
		report("BULLYING", "TEAMLEIDER", "NOORD", "192.0.2.5");
		long id = this.jdbc.sql("select id from reports").query(Long.class).single();

		((TestClock) this.clock).advance(Duration.ofDays(7));
		assertThat(this.point.escalateOverdue()).as("not before the due time").isZero();
		((TestClock) this.clock).advance(Duration.ofMinutes(1));
		assertThat(this.point.escalateOverdue()).isEqualTo(1);

		assertThat(this.point.inbox(DIRECTEUR)).extracting(Report::id).containsExactly(id);
		assertThat(this.point.escalateOverdue()).as("once per due time").isZero();

		this.point.acknowledge(DIRECTEUR, id);
		((TestClock) this.clock).advance(Duration.ofDays(30));
		assertThat(this.point.escalateOverdue()).as("acknowledged reports wait for their feedback due time").isZero();
	}

	// the statutory duty: a possible sexual offence by staff goes to the bestuur
	// directly,
	// the moment it is classified so
	@Test
	void aReportClassifiedAsAPossibleSexualOffenceByStaffGoesToTheBestuurAtOnce() throws Exception {
		report("BULLYING", "TEAMLEIDER", "NOORD", "192.0.2.6");
		long id = this.jdbc.sql("select id from reports").query(Long.class).single();
		assertThat(this.point.inbox(BESTUURDER)).isEmpty();

		this.point.reclassify(TEAMLEIDER_NOORD, id, ReportCategory.SEXUAL_OFFENCE_BY_STAFF);

		assertThat(this.point.inbox(BESTUURDER)).extracting(Report::id).containsExactly(id);
		assertThat(this.point.inbox(DIRECTEUR)).as("not through a school leader").isEmpty();
		this.mvc
			.perform(multipart("/meldpunt")
				.file(new MockMultipartFile("images", "scherm.jpg", "image/jpeg", Photos.jpeg(100, 80)))
				.param("category", "SEXUAL_OFFENCE_BY_STAFF")
				.param("what", "Beelden")
				.param("unit", "NOORD")
				.param("addressedTo", "TEAMLEIDER")
				.with(csrf()))
			.andExpect(content().string(containsString("geen afbeeldingen")));
		assertThat(this.jdbc.sql("select count(*) from reports").query(Long.class).single())
			.as("no images on such a report")
			.isOne();
	}

	@Test
	void closingGivesTheReporterAReason() throws Exception {
		String page = report("MEMES", "TEAMLEIDER", "NOORD", "192.0.2.6").andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = this.jdbc.sql("select id from reports").query(Long.class).single();

		assertThatThrownBy(() -> this.point.close(TEAMLEIDER_NOORD, id, " "))
			.hasMessage("reporting.refused.reasonNeeded");
		this.point.close(TEAMLEIDER_NOORD, id, "De meme is verwijderd en de leerling heeft sorry gezegd.");

		follow(find(CODE, page), find(SECRET, page))
			.andExpect(content().string(containsString("De meme is verwijderd")));
	}

	private org.springframework.test.web.servlet.ResultActions report(String category, String to, String unit,
			String address) throws Exception {
		return this.mvc.perform(post("/meldpunt").param("category", category)
			.param("what", "Er wordt gescholden in de groepsapp van klas 3.")
			.param("platform", "WhatsApp")
			.param("unit", unit)
			.param("addressedTo", to)
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.with(csrf()));
	}

	private org.springframework.test.web.servlet.ResultActions follow(String code, String secret) throws Exception {
		return this.mvc.perform(post("/meldpunt/volgen").param("code", code).param("secret", secret).with(csrf()))
			.andExpect(status().isOk());
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in the receipt page", pattern).isTrue();
		return matcher.group(1);
	}

}
