package nl.mediaprotocol.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"mediaprotocol.protocol.reminder-after=1d" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AcknowledgementIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String UNITS = """
			code;naam;soort;bovenliggend
			B;Bestuur;bestuur;
			S;School;school;B
			NOORD;Locatie Noord;locatie;S
			ZUID;Locatie Zuid;locatie;S
			""";

	static final String EMPLOYEES = """
			personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email
			TL-N;Tineke;;Leider;Teamleider;NOORD;;tineke@school.example
			N-1;Nina;;Noord;Leerkracht;NOORD;TL-N;nina@school.example
			N-2;Niels;;Noorderlicht;Leerkracht;NOORD;TL-N;
			Z-1;Zeger;;Zuid;Leerkracht;ZUID;;zeger@school.example
			""";

	static final CurrentUser TEAM_LEADER_NORTH = CurrentUser.of("tineke", "TL-N",
			RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser NINA = CurrentUser.of("nina", "N-1", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser DIRECTOR = CurrentUser.of("dir", null, RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AcknowledgementReminders reminders;

	@BeforeEach
	void board() {
		assertThat(this.importer.importCsv(ImportKind.UNITS, UNITS.getBytes(StandardCharsets.UTF_8)).applied())
			.isTrue();
		assertThat(this.importer.importCsv(ImportKind.EMPLOYEES, EMPLOYEES.getBytes(StandardCharsets.UTF_8)).applied())
			.isTrue();
	}

	@Test
	void anEmployeeConfirmsTheVersionInForceOnce() throws Exception {
		this.mvc.perform(post("/protocol/acknowledge").with(csrf()).with(user(NINA)))
			.andExpect(redirectedUrl("/protocol"));
		this.mvc.perform(post("/protocol/acknowledge").with(csrf()).with(user(NINA)))
			.andExpect(redirectedUrl("/protocol"));

		this.mvc.perform(get("/protocol").with(user(NINA)))
			.andExpect(content().string(containsString("Je hebt deze versie op")))
			.andExpect(content().string(not(containsString("Ik heb deze versie gelezen"))));
	}

	@Test
	void theTeamLeaderSeesWhoInTheirUnitHasNotConfirmed() throws Exception {
		this.mvc.perform(post("/protocol/acknowledge").with(csrf()).with(user(NINA)));

		this.mvc.perform(get("/protocol/acknowledgements").with(user(TEAM_LEADER_NORTH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Locatie Noord")))
			.andExpect(content().string(containsString("2 van de 3 medewerkers hebben nog niet bevestigd")))
			.andExpect(content().string(not(containsString("Zeger Zuid"))));
	}

	@Test
	void theDirectorSeesEveryUnitOfTheSchool() throws Exception {
		this.mvc.perform(get("/protocol/acknowledgements").with(user(DIRECTOR)))
			.andExpect(content().string(containsString("Locatie Noord")))
			.andExpect(content().string(containsString("Locatie Zuid")))
			.andExpect(content().string(containsString("1 van de 1 medewerkers hebben nog niet bevestigd")));
	}

	@Test
	void aTeacherMayNotSeeTheOverview() throws Exception {
		this.mvc.perform(get("/protocol/acknowledgements").with(user(NINA))).andExpect(status().isForbidden());
	}

	@Test
	void someoneWhoIsNoEmployeeCannotConfirm() throws Exception {
		this.mvc
			.perform(post("/protocol/acknowledge").with(csrf())
				.with(user(CurrentUser.of("ouder", null, RoleGrant.boardWide(Role.OUDER)))))
			.andExpect(status().isForbidden());
	}

	static Clock testClock() {
		return new TestClock();
	}

	@Test
	void remindsByMailWhoHasNotConfirmedAndOnlyOncePerPeriod() throws Exception {
		this.mvc.perform(post("/protocol/acknowledge").with(csrf()).with(user(NINA)));
		assertThat(this.reminders.sendDue()).as("not on the day the version was added").isZero();
		((TestClock) this.clock).advance(Duration.ofDays(1).plusHours(1));

		int sent = this.reminders.sendDue();

		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(sent).isEqualTo(2);
		assertThat(Arrays.stream(received).map(AcknowledgementIntegrationTests::recipient))
			.containsExactlyInAnyOrder("tineke@school.example", "zeger@school.example");
		assertThat(received[0].getSubject()).isEqualTo("Herinnering: bevestig het Protocol Social Media (versie 1)");
		assertThat(this.reminders.sendDue()).as("the next reminder waits a day").isZero();
		((TestClock) this.clock).advance(Duration.ofDays(1));
		assertThat(this.reminders.sendDue()).as("and then comes").isEqualTo(2);
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
