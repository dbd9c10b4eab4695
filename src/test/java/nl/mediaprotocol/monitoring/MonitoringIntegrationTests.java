package nl.mediaprotocol.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class MonitoringIntegrationTests {

	static final CurrentUser MANAGER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser OTHER_MANAGER = CurrentUser.of("dir", "M-DIR", RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	static final CurrentUser FG = CurrentUser.of("fg", "M-FG", RoleGrant.boardWide(Role.FG));

	static final CurrentUser ICT = CurrentUser.of("ict", "M-ICT", RoleGrant.boardWide(Role.ICT));

	static final CurrentUser SUBJECT = CurrentUser.of("tom", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final String SUSPICION = "Sinds maandag gaan vanaf de computer in lokaal 12 berichten naar een leerling "
			+ "via een anoniem account; de tijden vallen samen met de lessen van deze collega.";

	static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MonitoringDesk desk;

	@Autowired
	MockMvc mvc;

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
		importSheet(this.importer, ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				S;School;school;B
				NOORD;Locatie Noord;locatie;S
				""");
		importSheet(this.importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-DIR;Dirk;;Directeur;Directeur;S;;dirk@school.example;
				M-TL;Tina;;Teamleider;Teamleider;NOORD;M-DIR;tina@school.example;
				M-FG;Fleur;;Gegevens;FG;B;;fleur@school.example;
				M-ICT;Ivo;;Techniek;ICT;B;;ivo@school.example;
				M-T;Tom;;Leraar;Leerkracht;NOORD;M-TL;tom@school.example;
				""");
		for (CurrentUser user : Set.of(MANAGER, OTHER_MANAGER, FG, ICT, SUBJECT)) {
			this.accounts.open(user.getUsername(), user.getUsername(), user.personRef(), "monitoring-tests",
					user.grants());
		}
	}

	@Test
	void ictCannotStartWithoutAPositiveAdviceOfTheFg() {
		long id = request(TODAY, TODAY.plusDays(6));
		assertThatThrownBy(() -> this.desk.start(id, false, ICT)).hasMessage("monitoring.refused.noPositiveAdvice");

		this.desk.advise(id, MonitoringAdvice.DISAGREE, "Onvoldoende onderbouwd; eerst een gesprek.", null, FG);
		assertThatThrownBy(() -> this.desk.start(id, false, ICT)).hasMessage("monitoring.refused.noPositiveAdvice");
		assertThat(this.desk.read(ICT, id)).as("nothing for ICT to act on").isEmpty();

		long second = request(TODAY, TODAY.plusDays(6));
		assertThatThrownBy(() -> this.desk.advise(second, MonitoringAdvice.AGREE, "Akkoord", null, MANAGER))
			.hasMessage("monitoring.refused.onlyFg");
		this.desk.advise(second, MonitoringAdvice.AGREE_WITH_CONDITIONS, "Concreet vermoeden, beperkt tot lokaal 12.",
				"Alleen de proxylogboeken van lokaal 12; geen inhoud van berichten.", FG);
		assertThatThrownBy(() -> this.desk.start(second, false, ICT))
			.hasMessage("monitoring.refused.conditionsNotConfirmed");
		assertThatThrownBy(() -> this.desk.start(second, true, MANAGER)).hasMessage("monitoring.refused.onlyIct");

		this.desk.start(second, true, ICT);
		assertThat(this.desk.read(FG, second).orElseThrow().request().status())
			.isEqualTo(MonitoringRequest.Status.RUNNING);
	}

	@Test
	void findingsAreReadOnlyByTheRequestingManagerAndTheFg() {
		long id = request(TODAY, TODAY.plusDays(6));
		this.desk.advise(id, MonitoringAdvice.AGREE, "Concreet en beperkt.", null, FG);
		assertThatThrownBy(() -> this.desk.report(id, "Logboeken bekeken", "Niets", ICT))
			.hasMessage("monitoring.refused.notStarted");
		this.desk.start(id, false, ICT);
		this.desk.report(id, "Proxylogboek van lokaal 12 van 24 tot en met 26 november bekeken.",
				"Drie sessies op het anonieme account tijdens de lessen van deze collega.", ICT);

		assertThat(this.desk.read(MANAGER, id).orElseThrow().findings()).singleElement()
			.satisfies(finding -> assertThat(finding.findings()).contains("Drie sessies"));
		assertThat(this.desk.read(FG, id).orElseThrow().findings()).hasSize(1);
		assertThat(this.desk.read(OTHER_MANAGER, id)).as("another manager, even the requester's own").isEmpty();
		assertThat(this.desk.read(SUBJECT, id)).as("the person concerned").isEmpty();
		MonitoringDesk.View ict = this.desk.read(ICT, id).orElseThrow();
		assertThat(ict.findings()).as("ICT does not read back").isEmpty();
		assertThat(ict.seesSuspicion()).isFalse();
		assertThat(ict.findingCount()).isOne();
	}

	@Test
	void aRequestClosesAtTheEndOfItsPeriodAndAnExtensionNeedsANewAdvice() {
		long id = request(TODAY, TODAY.plusDays(2));
		this.desk.advise(id, MonitoringAdvice.AGREE, "Akkoord.", null, FG);
		this.desk.start(id, false, ICT);
		long extension = this.desk.extend(id, TODAY.plusDays(9),
				"De berichten gaan door; we willen zien of ze ook vanaf andere computers in het gebouw komen.",
				MANAGER);
		assertThat(this.desk.read(FG, extension).orElseThrow().request()).satisfies(request -> {
			assertThat(request.status()).isEqualTo(MonitoringRequest.Status.AWAITING_ADVICE);
			assertThat(request.startsOn()).isEqualTo(TODAY.plusDays(3));
			assertThat(request.extendsRequestId()).isEqualTo(id);
		});

		((TestClock) this.clock).advance(Duration.ofDays(3));
		assertThat(this.desk.closeEnded()).isOne();
		assertThat(this.desk.read(FG, id).orElseThrow().request()).satisfies(request -> {
			assertThat(request.status()).isEqualTo(MonitoringRequest.Status.CLOSED);
			assertThat(request.closeReason()).isEqualTo(MonitoringRequest.CloseReason.PERIOD_ENDED);
		});
		assertThatThrownBy(() -> this.desk.start(extension, false, ICT))
			.hasMessage("monitoring.refused.noPositiveAdvice");
	}

	@Test
	void aRequestNeedsAConcreteSuspicionAndAPeriodWithinTheBoardsMaximum() {
		assertThatThrownBy(() -> this.desk
			.request(new MonitoringDesk.Draft("M-T", "Vermoeden van misbruik.", null, "Proxy", TODAY, TODAY), MANAGER))
			.hasMessage("monitoring.refused.suspicionTooThin");
		assertThatThrownBy(() -> request(TODAY, TODAY.plusDays(14))).hasMessage("monitoring.refused.periodTooLong");
		assertThatThrownBy(() -> request(TODAY.minusDays(1), TODAY)).hasMessage("monitoring.refused.periodInvalid");
		assertThatThrownBy(
				() -> this.desk.request(new MonitoringDesk.Draft("M-T", SUSPICION, null, "Proxy", TODAY, TODAY), ICT))
			.hasMessage("monitoring.refused.onlyManagers");
		assertThatThrownBy(() -> this.desk
			.request(new MonitoringDesk.Draft("M-T", SUSPICION, 999L, "Proxy", TODAY, TODAY), MANAGER))
			.hasMessage("monitoring.refused.caseUnknown");
		assertThat(request(TODAY, TODAY.plusDays(13))).isPositive();
	}

	@Test
	void theScreensKeepWhatWasTypedAndAnswer404ToOthers() throws Exception {
		this.mvc
			.perform(post("/monitoring").param("person", "M-T")
				.param("suspicion", "Te kort")
				.param("scope", "Proxylogboek")
				.param("startsOn", TODAY.toString())
				.param("endsOn", TODAY.toString())
				.with(user(MANAGER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "monitoring.refused.suspicionTooThin"))
			.andExpect(flash().attribute("suspicion", "Te kort"))
			.andExpect(flash().attribute("scope", "Proxylogboek"));
		long id = request(TODAY, TODAY.plusDays(6));
		this.mvc.perform(get("/monitoring/" + id).with(user(OTHER_MANAGER))).andExpect(status().isNotFound());
		this.mvc.perform(get("/monitoring/" + id).with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lokaal 12")));
		this.mvc.perform(get("/monitoring/register.csv").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id + ";M-T;tl;")))
			.andExpect(content().string(not(containsString("lokaal 12"))));
		this.mvc.perform(get("/monitoring/register.csv").with(user(MANAGER))).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select action from audit_entries where record_type = 'MONITORING'")
			.query(String.class)
			.list()).contains("MONITORING_REQUESTED", "MONITORING_OPEN_REFUSED", "MONITORING_READ",
					"MONITORING_REGISTER_EXPORTED");
	}

	private long request(LocalDate from, LocalDate until) {
		return this.desk.request(new MonitoringDesk.Draft("M-T", SUSPICION, null,
				"Proxylogboeken van de computers in lokaal 12", from, until), MANAGER);
	}

}
