package nl.mediaprotocol.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.cases.CaseBoard.BESTUURDER;
import static nl.mediaprotocol.cases.CaseBoard.TEACHER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"mediaprotocol.base-url=https://mediaprotocol.example" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CaseScreensIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final CurrentUser FG = CurrentUser.of("fg", null, RoleGrant.boardWide(Role.FG));

	static final CurrentUser BEHEERDER = CurrentUser.of("beheer", null, RoleGrant.boardWide(Role.BEHEERDER));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseBook cases;

	@Autowired
	CaseNotices notices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(Instant.parse("2026-11-24T09:00:00Z"));
		return clock;
	}

	@BeforeEach
	void board() {
		CaseBoard.load(this.importer, this.accounts);
	}

	@Test
	void aReportOfAPossibleSexualOffenceByStaffGoesToTheBestuurAndItsCaseStartsOnTheStatutoryPath() throws Exception {
		this.mvc
			.perform(post("/meldpunt").param("category", "SEXUAL_OFFENCE_BY_STAFF")
				.param("what", "Een leraar stuurt een leerling van 13 berichten met seksuele toespelingen.")
				.param("unit", "NOORD")
				.param("addressedTo", "TEAMLEIDER")
				.with(csrf()))
			.andExpect(status().isOk());
		long report = this.jdbc.sql("select id from reports").query(Long.class).single();
		assertThat(this.jdbc.sql("select addressed_to from reports").query(String.class).single())
			.as("directly to the bestuur, not through a school leader")
			.isEqualTo("BESTUUR");
		assertThat(mail.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
			.containsExactly("bea@school.example");

		this.mvc
			.perform(get("/cases/new").param("report", String.valueOf(report)).param("q", "Tom").with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("volgt meteen de wettelijke meldplicht")))
			.andExpect(content().string(containsString("Tom Leraar")));
		String location = this.mvc
			.perform(post("/cases").param("subject", "M-T")
				.param("title", "Berichten aan een leerling")
				.param("report", String.valueOf(report))
				.with(user(BESTUURDER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/cases/".length()));
		assertThat(this.cases.get(id).classification()).isEqualTo(CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR);
		assertThat(this.cases.get(id).reportId()).isEqualTo(report);

		this.mvc.perform(get(location).with(user(BESTUURDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mogelijk zedendelict: wettelijke meldplicht")))
			.andExpect(content().string(containsString("Vastleggen: overleg met de vertrouwensinspecteur")));
		assertThat(this.jdbc.sql("select action from audit_entries where record_type = 'REPORT'")
			.query(String.class)
			.list()).contains("REPORT_CASE_OPENED");
	}

	@Test
	void whoMayNotSeeACaseGetsTheSameAnswerAsForOneThatDoesNotExist() throws Exception {
		long id = this.cases.open(new CaseBook.CaseDraft("M-T", "Privéaccount", null), TEAMLEIDER);

		String missing = this.mvc.perform(get("/cases/999").with(user(BESTUURDER)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.mvc.perform(get("/cases/" + id).with(user(TEACHER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(missing))
			.andExpect(content().string(not(containsString("Privéaccount"))));
		this.mvc.perform(post("/cases/" + id + "/notes").param("text", "Poging").with(user(TEACHER)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/dossier/M-T").with(user(TEACHER))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/overview").with(user(TEAMLEIDER))).andExpect(status().isForbidden());
	}

	@Test
	void theAuditTrailShowsCaseEntriesOnlyToTheFgAndWhoMaySeeTheCase() throws Exception {
		long id = this.cases.open(new CaseBook.CaseDraft("L-1", "Schelden", null), TEAMLEIDER);
		this.cases.read(TEAMLEIDER, id);

		this.mvc.perform(get("/audit").param("recordType", "CASE").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CASE_READ")));
		this.mvc.perform(get("/audit").param("recordType", "CASE").with(user(BEHEERDER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("CASE_READ"))))
			.andExpect(content().string(not(containsString("CASE_OPENED"))));
	}

	@Test
	void badInputComesBackWithAMessageAndWhatWasTyped() throws Exception {
		this.mvc.perform(post("/cases").param("subject", "L-1").param("title", " ").with(user(TEAMLEIDER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/cases/new?q=L-1")))
			.andExpect(flash().attribute("problem", "cases.refused.titleNeeded"));
		long id = this.cases.open(new CaseBook.CaseDraft("L-1", "Schelden", null), TEAMLEIDER);
		this.mvc
			.perform(post("/cases/" + id + "/steps").param("step", "warning")
				.param("text", "Waarschuwing")
				.with(user(TEAMLEIDER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "cases.refused.stepNotOpen"));
		this.mvc
			.perform(post("/cases/" + id + "/police").param("on", "2026-11-24")
				.param("reference", "")
				.param("text", "Aangifte")
				.with(user(TEAMLEIDER))
				.with(csrf()))
			.andExpect(flash().attribute("problem", "cases.refused.referenceNeeded"));
		this.mvc
			.perform(post("/cases/" + id + "/steps").param("step", "conversation-teacher")
				.param("text", "Gesprek")
				.param("on", "gisteren")
				.with(user(TEAMLEIDER))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(this.cases.get(id).entries()).isEmpty();
	}

	@Test
	void anOverdueTaskIsRemindedOnceADayWithoutTheCaseInTheMail() throws Exception {
		long id = this.cases.open(new CaseBook.CaseDraft("M-T", "Berichten over collega's", null), TEAMLEIDER);
		this.cases.markTransgressive(id, BESTUURDER);
		assertThat(this.notices.remindOverdue()).isZero();

		((TestClock) this.clock).advance(Duration.ofDays(1).plusHours(1));
		assertThat(this.notices.remindOverdue()).isOne();
		assertThat(this.notices.remindOverdue()).as("not again the same day").isZero();
		((TestClock) this.clock).advance(Duration.ofDays(1));
		assertThat(this.notices.remindOverdue()).isOne();

		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("bea@school.example");
		String body = received[0].getContent().toString();
		assertThat(body).contains("https://mediaprotocol.example/cases/" + id).doesNotContain("collega");

		this.cases.recordInspectorCall(id, this.clock.instant(), "Gemeld", BESTUURDER);
		((TestClock) this.clock).advance(Duration.ofDays(1));
		assertThat(this.notices.remindOverdue()).as("done by recording the call").isZero();
	}

	@Test
	void theDossierDownloadsAsOnePdf() throws Exception {
		long id = this.cases.open(new CaseBook.CaseDraft("L-1", "Memes", null), TEAMLEIDER);
		this.cases.takeStep(id, "conversation-teacher", "Gesprek gevoerd", null, TEAMLEIDER);

		byte[] pdf = this.mvc.perform(get("/cases/dossier/L-1/pdf").with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("dossier-L-1.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

}
