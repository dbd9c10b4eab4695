package nl.mediaprotocol.consent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent register of article 3.1.6 through its API and screens, on a small board:
 * Noah (9) with two guardians, Tess who turns 16 on 26 November 2026, Lucas (17).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsentIntegrationTests {

	static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	static final CurrentUser ESTHER = CurrentUser.of("esther", "G-A", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser PIM = CurrentUser.of("pim", "G-B", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser CARLA = CurrentUser.of("carla", "G-C", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser LUCAS = CurrentUser.of("lucas", "L-OLD", RoleGrant.boardWide(Role.LEERLING));

	static final CurrentUser TESS = CurrentUser.of("tess", "L-TURN", RoleGrant.boardWide(Role.LEERLING));

	static final CurrentUser NINA = CurrentUser.of("nina", "N-1", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser ZEP = CurrentUser.of("zep", "Z-1", RoleGrant.forUnit(Role.LEERKRACHT, "ZUID"));

	static final CurrentUser COMMUNICATIE = CurrentUser.of("comm", "M-COMM", RoleGrant.boardWide(Role.COMMUNICATIE));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentSchedules schedules;

	@Autowired
	ApplicationEvents events;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(MONDAY);
		return clock;
	}

	@BeforeEach
	void importBoard() {
		load(ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				S;School;school;B
				NOORD;Locatie Noord;locatie;S
				ZUID;Locatie Zuid;locatie;S
				""");
		load(ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				GZ;Groep Zuid;ZUID
				""");
		load(ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				N-1;Nina;;Noord;Leerkracht;NOORD;;nina@school.example;GN
				Z-1;Zep;;Zuid;Leerkracht;ZUID;;zep@school.example;GZ
				M-COMM;Cor;;Communicatie;Communicatie;B;;cor@school.example;
				""");
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-YOUNG;Noah;;Vermeulen;12-03-2017;GN
				L-TURN;Tess;van;Dijk;26-11-2010;GN
				L-OLD;Lucas;;Vermeulen;01-02-2009;GZ
				""");
		load(ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-A;Esther;;Vermeulen;esther@ouders.example;;L-YOUNG|L-OLD
				G-B;Pim;;Vermeulen;pim@ouders.example;;L-YOUNG
				G-C;Carla;van;Dijk;carla@ouders.example;;L-TURN
				""");
	}

	@Test
	void theDefaultPurposesFollowTheModelFormWithEachPlatformAsItsOwnPurpose() throws Exception {
		this.mvc.perform(get("/api/v1/consent/purposes").with(user(NINA)))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("school-guide", "website", "newsletter",
							"social-media", "parent-portal", "facebook", "instagram", "linkedin", "x", "youtube")))
			.andExpect(jsonPath("$[0].textVersion").value(1));
	}

	@Test
	void silenceIsNeverConsent() throws Exception {
		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.decidedBy").value("NONE"))
			.andExpect(jsonPath("$.reason").value("NO_DECISION"));
	}

	@Test
	void aGuardianConsentsInThePortalForAChildUnder16() throws Exception {
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL").andExpect(status().isCreated())
			.andExpect(jsonPath("$.decision.allowed").value(true));

		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.ref").value("L-YOUNG"))
			.andExpect(jsonPath("$.purpose").value("website"))
			.andExpect(jsonPath("$.medium").value("PHOTO"))
			.andExpect(jsonPath("$.allowed").value(true))
			.andExpect(jsonPath("$.decidedBy").value("GUARDIAN"))
			.andExpect(jsonPath("$.since").exists());
		decision("L-YOUNG", "website", "VIDEO", NINA).andExpect(jsonPath("$.allowed").value(false));
		decision("L-YOUNG", "instagram", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false));
	}

	@Test
	void twoGuardiansWhoDisagreeMeanNo() throws Exception {
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL").andExpect(status().isCreated());
		record(PIM, "L-YOUNG", "website", "PHOTO", false, "G-B", "PORTAL").andExpect(status().isCreated());

		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.decidedBy").value("GUARDIAN"))
			.andExpect(jsonPath("$.reason").value("GUARDIAN_REFUSED"));
		assertThat(this.events.stream(ConsentWithdrawn.class)).singleElement()
			.satisfies(withdrawn -> assertThat(withdrawn.ref()).isEqualTo("L-YOUNG"));
	}

	@Test
	void aGuardianMayNotDecideForAStudentOf16OrOlder() throws Exception {
		record(ESTHER, "L-OLD", "website", "PHOTO", true, "G-A", "PORTAL").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("STUDENT_DECIDES_FROM_16"))
			.andExpect(jsonPath("$.detail").value(containsString("16")));
		record(LUCAS, "L-OLD", "website", "PHOTO", true, "L-OLD", "PORTAL").andExpect(status().isCreated());

		decision("L-OLD", "website", "PHOTO", LUCAS).andExpect(jsonPath("$.decidedBy").value("STUDENT"));
	}

	@Test
	void aStrangerAndAnUnknownPurposeAreRefused() throws Exception {
		record(CARLA, "L-YOUNG", "website", "PHOTO", true, "G-C", "PORTAL").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("NOT_ENTITLED"));
		record(ESTHER, "L-YOUNG", "tiktok", "PHOTO", true, "G-A", "PORTAL").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("UNKNOWN_PURPOSE"));
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-B", "PORTAL").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("NOT_YOUR_DECISION"));
		record(COMMUNICATIE, "L-YOUNG", "website", "PHOTO", true, "G-A", "PAPER")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("SCAN_MISSING"));
		assertThat(count()).isZero();
	}

	@Test
	void theHistoryAnswersBeforeAndAfterAWithdrawal() throws Exception {
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL");
		Instant consented = this.clock.instant();
		advance(Duration.ofDays(10));
		record(ESTHER, "L-YOUNG", "website", "PHOTO", false, "G-A", "PORTAL");
		Instant withdrawn = this.clock.instant();

		decisionAt("L-YOUNG", consented.minusSeconds(60)).andExpect(jsonPath("$.allowed").value(false));
		decisionAt("L-YOUNG", consented.plusSeconds(60)).andExpect(jsonPath("$.allowed").value(true));
		decisionAt("L-YOUNG", withdrawn.minusSeconds(60)).andExpect(jsonPath("$.allowed").value(true));
		decisionAt("L-YOUNG", withdrawn).andExpect(jsonPath("$.allowed").value(false));
		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.reason").value("GUARDIAN_REFUSED"));
		this.mvc
			.perform(get("/api/v1/consent/decision").param("ref", "L-YOUNG")
				.param("purpose", "website")
				.param("medium", "PHOTO")
				.param("at", "yesterday")
				.with(user(NINA)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onTheSixteenthBirthdayTheStudentDecidesAndIsTold() throws Exception {
		// Tess turns 16 on 26 November 2026; Carla is her guardian
		record(CARLA, "L-TURN", "website", "PHOTO", true, "G-C", "PORTAL").andExpect(status().isCreated());
		assertThat(this.schedules.tellStudentsWhoTurned16()).isZero();

		((TestClock) this.clock).setTo(Instant.parse("2026-11-25T22:59:59Z")); // 25 Nov,
																				// 23:59:59
		record(TESS, "L-TURN", "website", "VIDEO", true, "L-TURN", "PORTAL")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GUARDIANS_DECIDE_UNDER_16"));

		((TestClock) this.clock).setTo(Instant.parse("2026-11-25T23:00:00Z")); // 26 Nov,
																				// 00:00
		record(CARLA, "L-TURN", "website", "VIDEO", true, "G-C", "PORTAL").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("STUDENT_DECIDES_FROM_16"));
		decision("L-TURN", "website", "PHOTO", TESS).andExpect(jsonPath("$.allowed").value(true))
			.andExpect(jsonPath("$.reason").value("GUARDIANS_DECISION_STANDS"));
		assertThat(this.schedules.tellStudentsWhoTurned16()).isEqualTo(1);
		assertThat(this.schedules.tellStudentsWhoTurned16()).isZero();
		this.mvc.perform(get("/consent").with(user(TESS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je bent 16 jaar: vanaf nu beslis je zelf")));

		record(TESS, "L-TURN", "website", "PHOTO", false, "L-TURN", "PORTAL").andExpect(status().isCreated());
		decision("L-TURN", "website", "PHOTO", TESS).andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.decidedBy").value("STUDENT"));
	}

	@Test
	void aChangedPurposeTextNeedsNewConsent() throws Exception {
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL");
		advance(Duration.ofDays(1));

		this.mvc
			.perform(post("/consent/admin/purposes/website/text").param("text", "Ook op schermen in de hal.")
				.with(user(CurrentUser.of("admin", null, RoleGrant.boardWide(Role.BEHEERDER))))
				.with(csrf()))
			.andExpect(redirectedUrl("/consent/admin"));
		advance(Duration.ofMinutes(1));

		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.reason").value("NEW_CONSENT_NEEDED"));
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL");
		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(true));
	}

	@Test
	void theParentChoosesInThePortalAndWithdrawsEverythingWithOneClick() throws Exception {
		this.mvc.perform(get("/consent").with(user(ESTHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noah Vermeulen")))
			.andExpect(content().string(containsString("Lucas is 16 jaar of ouder en beslist zelf")))
			.andExpect(content().string(containsString("Wat nu geldt voor Lucas")))
			.andExpect(content().string(not(containsString("Wat nu geldt voor Noah"))));

		this.mvc
			.perform(post("/consent/L-YOUNG").param("choice.website.PHOTO", "yes")
				.param("choice.newsletter.PHOTO", "yes")
				.param("choice.instagram.VIDEO", "no")
				.with(user(ESTHER))
				.with(csrf()))
			.andExpect(redirectedUrl("/consent#person-L-YOUNG"));
		assertThat(count()).isEqualTo(3);
		decision("L-YOUNG", "newsletter", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(true));

		this.mvc.perform(post("/consent/L-YOUNG/withdraw-all").with(user(ESTHER)).with(csrf()))
			.andExpect(redirectedUrl("/consent#person-L-YOUNG"));
		decision("L-YOUNG", "website", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false));
		decision("L-YOUNG", "newsletter", "PHOTO", NINA).andExpect(jsonPath("$.allowed").value(false));
		assertThat(this.events.stream(ConsentWithdrawn.class)).hasSize(2);

		this.mvc.perform(post("/consent/L-OLD").param("choice.website.PHOTO", "yes").with(user(ESTHER)).with(csrf()))
			.andExpect(redirectedUrl("/consent"));
		assertThat(count()).isEqualTo(5);
	}

	@Test
	void thePortalListsTheLatestChoicesAndAllOfThemOnAsking() throws Exception {
		var choices = post("/consent/L-YOUNG").with(user(ESTHER)).with(csrf());
		for (String purpose : List.of("website", "newsletter", "instagram", "facebook")) {
			for (String medium : List.of("PHOTO", "VIDEO", "AUDIO")) {
				choices.param("choice." + purpose + "." + medium, "yes");
			}
		}
		this.mvc.perform(choices).andExpect(redirectedUrl("/consent#person-L-YOUNG"));

		String latest = this.mvc.perform(get("/consent").with(user(ESTHER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(latest).contains("Geschiedenis (12)", "Hier staan de laatste 10 van 12 keuzes.",
				"href=\"/consent?history=L-YOUNG#history-L-YOUNG\"");
		assertThat(latest.split("\\(tekst 1\\)", -1)).hasSize(10 + 1);

		String all = this.mvc.perform(get("/consent").param("history", "L-YOUNG").with(user(ESTHER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("id=\"history-L-YOUNG\" open").doesNotContain("Hier staan de laatste");
		assertThat(all.split("\\(tekst 1\\)", -1)).hasSize(12 + 1);
	}

	@Test
	void staffRecordAPaperFormOnlyWithItsScan() throws Exception {
		MockMultipartFile scan = new MockMultipartFile("scan", "formulier.pdf", "application/pdf",
				"%PDF-1.7 signed form".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/consent/people/L-YOUNG/paper").file(scan)
				.param("decidedByRef", "G-B")
				.param("choice.school-guide.PHOTO", "yes")
				.param("choice.website.VIDEO", "no")
				.with(user(COMMUNICATIE))
				.with(csrf()))
			.andExpect(redirectedUrl("/consent/people/L-YOUNG"));

		assertThat(
				this.jdbc.sql("select count(*) from consent_decisions where method = 'PAPER' and scan_id is not null")
					.query(Long.class)
					.single())
			.isEqualTo(2);
		this.mvc.perform(get("/consent/people/L-YOUNG").with(user(COMMUNICATIE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Papieren formulier")))
			.andExpect(content().string(containsString("Pim Vermeulen")));

		MockMultipartFile notAScan = new MockMultipartFile("scan", "formulier.pdf", "application/pdf",
				"just text".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/consent/people/L-YOUNG/paper").file(notAScan)
				.param("decidedByRef", "G-B")
				.param("choice.newsletter.PHOTO", "yes")
				.with(user(COMMUNICATIE))
				.with(csrf()))
			.andExpect(redirectedUrl("/consent/people/L-YOUNG"));
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void theTeacherSeesWhoInTheGroupMayAppearWhereAndNothingMore() throws Exception {
		record(ESTHER, "L-YOUNG", "website", "PHOTO", true, "G-A", "PORTAL");
		record(ESTHER, "L-YOUNG", "website", "VIDEO", true, "G-A", "PORTAL");
		long group = this.jdbc.sql("select id from class_groups where code = 'GN'").query(Long.class).single();

		String page = this.mvc.perform(get("/consent/groups/" + group).with(user(NINA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Noah V.", "Tess D.", "F V", "1 met toestemming, 0 geweigerd, 1 nog open")
			.doesNotContain("Vermeulen", "12-03-2017", "L-YOUNG");
		this.mvc.perform(get("/consent/groups/" + group).with(user(ZEP))).andExpect(status().isNotFound());
	}

	@Test
	void theConsentFormIsAPdfForThePerson() throws Exception {
		byte[] pdf = this.mvc.perform(get("/consent/people/L-YOUNG/form.pdf").with(user(COMMUNICATIE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(2000);
	}

	@Test
	void readingSomeonesConsentsIsAudited() throws Exception {
		this.mvc.perform(get("/consent/people/L-YOUNG").with(user(COMMUNICATIE))).andExpect(status().isOk());

		assertThat(this.jdbc
			.sql("select count(*) from audit_entries where action = 'CONSENTS_VIEWED'"
					+ " and subject_ref = 'L-YOUNG' and actor = 'comm'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void whoCannotSeeAPersonCannotAskAboutTheirConsent() throws Exception {
		decision("L-OLD", "website", "PHOTO", NINA).andExpect(status().isNotFound());
		this.mvc.perform(get("/consent/people/L-YOUNG").with(user(NINA))).andExpect(status().isForbidden());
	}

	private ResultActions record(CurrentUser by, String ref, String purpose, String medium, boolean granted,
			String decidedByRef, String method) throws Exception {
		return this.mvc.perform(post("/api/v1/consent/decisions").contentType(MediaType.APPLICATION_JSON).content("""
				{"ref":"%s","purpose":"%s","medium":"%s","granted":%s,"decidedByRef":"%s","method":"%s"}
				""".formatted(ref, purpose, medium, granted, decidedByRef, method)).with(user(by)).with(csrf()));
	}

	private ResultActions decision(String ref, String purpose, String medium, CurrentUser by) throws Exception {
		return this.mvc.perform(get("/api/v1/consent/decision").param("ref", ref)
			.param("purpose", purpose)
			.param("medium", medium)
			.with(user(by)));
	}

	private ResultActions decisionAt(String ref, Instant at) throws Exception {
		return this.mvc
			.perform(get("/api/v1/consent/decision").param("ref", ref)
				.param("purpose", "website")
				.param("medium", "PHOTO")
				.param("at", at.toString())
				.with(user(NINA)))
			.andExpect(status().isOk());
	}

	private void advance(Duration duration) {
		((TestClock) this.clock).advance(duration);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from consent_decisions").query(Long.class).single();
	}

	private void load(ImportKind kind, String csv) {
		assertThat(this.importer.importCsv(kind, csv.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
	}

}
