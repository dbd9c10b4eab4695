package nl.mediaprotocol.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.channels.ChannelAgreement.Party;
import nl.mediaprotocol.channels.ChannelAgreement.PartyKind;
import nl.mediaprotocol.channels.ChannelAgreement.Status;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.channels.ChannelBoard.GUARDIAN_ZUID;
import static nl.mediaprotocol.channels.ChannelBoard.LISA;
import static nl.mediaprotocol.channels.ChannelBoard.NOAH;
import static nl.mediaprotocol.channels.ChannelBoard.NOAHS_MOTHER;
import static nl.mediaprotocol.channels.ChannelBoard.SEM;
import static nl.mediaprotocol.channels.ChannelBoard.SEMS_FATHER;
import static nl.mediaprotocol.channels.ChannelBoard.TEACHER;
import static nl.mediaprotocol.channels.ChannelBoard.TEAMLEIDER;
import static nl.mediaprotocol.channels.ChannelBoard.TEAMLEIDER_ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
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
class ChannelIntegrationTests {

	/** Tuesday 24 November 2026, 10:00 in Eindhoven. */
	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	/** Everyone who takes part in an agreement for Groep Noord. */
	static final List<CurrentUser> PARTIES = List.of(TEACHER, NOAHS_MOTHER, SEMS_FATHER, SEM, LISA);

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ChannelDesk desk;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	long groupNoord;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(NOW);
		return clock;
	}

	@BeforeEach
	void board() {
		ChannelBoard.load(this.importer);
		this.groupNoord = this.directory.currentGroup("GN").orElseThrow().id();
	}

	// 1.6 and 3.3.1: the guardians, and students from 16 (the board's setting), besides
	// the teacher
	@Test
	void theGuardiansOfTheGroupAndItsStudentsOf16AndOlderTakePart() {
		long id = this.desk.request(TEACHER, this.groupNoord, form("2027-07-16"));

		assertThat(agreement(id).parties()).extracting(Party::ref, Party::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("M-T", PartyKind.TEACHER),
					org.assertj.core.groups.Tuple.tuple("G-1", PartyKind.GUARDIAN),
					org.assertj.core.groups.Tuple.tuple("G-2", PartyKind.GUARDIAN),
					org.assertj.core.groups.Tuple.tuple("L-2", PartyKind.STUDENT),
					org.assertj.core.groups.Tuple.tuple("L-3", PartyKind.STUDENT));
		assertThat(agreement(id).statusOn(TODAY)).isEqualTo(Status.REQUESTED);
	}

	@Test
	void anAgreementIsNotActiveUntilEveryPartyHasConfirmed() throws Exception {
		long id = approved();
		assertThatThrownBy(() -> this.desk.confirm(NOAH, id)).as("Noah (14) does not take part; his mother does")
			.hasMessage(ChannelRefused.NOT_FOUND);

		for (CurrentUser party : PARTIES) {
			assertThat(agreement(id).statusOn(TODAY)).as("before %s confirms", party.getUsername())
				.isEqualTo(Status.AWAITING_CONFIRMATION);
			this.desk.confirm(party, id);
		}
		assertThat(agreement(id).statusOn(TODAY)).isEqualTo(Status.ACTIVE);
		assertThatThrownBy(() -> this.desk.confirm(SEM, id)).hasMessage("channels.refused.notConfirmable");
		assertThat(actions(id)).containsExactly("CHANNEL_AGREEMENT_REQUESTED", "CHANNEL_AGREEMENT_APPROVED",
				"CHANNEL_AGREEMENT_CONFIRMED", "CHANNEL_AGREEMENT_CONFIRMED", "CHANNEL_AGREEMENT_CONFIRMED",
				"CHANNEL_AGREEMENT_CONFIRMED", "CHANNEL_AGREEMENT_CONFIRMED", "CHANNEL_AGREEMENT_ACTIVE");
	}

	@Test
	void everyPartySeesWhoHasConfirmedAndWhoHasNot() throws Exception {
		long id = approved();
		this.desk.confirm(TEACHER, id);
		this.desk.confirm(SEMS_FATHER, id);

		this.mvc.perform(get("/channels/" + id).with(user(NOAHS_MOTHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 van de 5 deelnemers hebben bevestigd")))
			.andExpect(content().string(containsString("Esther Vermeulen</span><span> (jij)")))
			.andExpect(content().string(containsString("Nog niet")))
			.andExpect(content().string(containsString("Ik ga akkoord")));
		this.mvc.perform(post("/channels/" + id + "/confirm").with(user(NOAHS_MOTHER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "channels.done.confirmed"));
		assertThat(agreement(id).party("G-1").orElseThrow().hasConfirmed()).isTrue();
	}

	@Test
	void oneEndingPartyEndsTheAgreementForEveryone() {
		long id = approved();
		PARTIES.forEach(party -> this.desk.confirm(party, id));
		assertThat(agreement(id).statusOn(TODAY)).isEqualTo(Status.ACTIVE);

		this.desk.end(SEMS_FATHER, id, "We lezen liever alles in het ouderportaal.");

		ChannelAgreement ended = agreement(id);
		assertThat(ended.statusOn(TODAY)).isEqualTo(Status.ENDED);
		assertThat(ended.endedByRef()).isEqualTo("G-2");
		assertThat(ended.endReason()).isEqualTo("We lezen liever alles in het ouderportaal.");
		for (CurrentUser party : PARTIES) {
			assertThat(this.desk.open(party, id).orElseThrow().agreement().statusOn(TODAY)).isEqualTo(Status.ENDED);
			assertThat(this.desk.open(party, id).orElseThrow().mayEnd()).isFalse();
		}
		assertThatThrownBy(() -> this.desk.end(TEACHER, id, null)).hasMessage("channels.refused.notEndable");
		assertThat(actions(id)).endsWith("CHANNEL_AGREEMENT_ENDED");
	}

	@Test
	void anAgreementEndsItselfAfterItsEndDate() {
		long id = this.desk.request(TEACHER, this.groupNoord, form("2026-12-04"));
		this.desk.approve(TEAMLEIDER, id, null);
		PARTIES.forEach(party -> this.desk.confirm(party, id));
		long refused = this.desk.request(TEACHER, this.groupNoord, form("2026-12-04"));
		this.desk.refuse(TEAMLEIDER, refused, "Gebruik het ouderportaal.");

		advance(Duration.ofDays(10));
		assertThat(this.desk.endExpired()).as("the end date is the last day it holds").isZero();
		assertThat(agreement(id).statusOn(LocalDate.now(this.clock))).isEqualTo(Status.ACTIVE);

		advance(Duration.ofDays(1));
		assertThat(this.desk.endExpired()).isOne();
		ChannelAgreement ended = agreement(id);
		assertThat(ended.statusOn(LocalDate.now(this.clock))).isEqualTo(Status.ENDED);
		assertThat(ended.endedAt()).isEqualTo(this.clock.instant());
		assertThat(ended.endedByRef()).as("nobody: the end date").isNull();
		assertThat(this.desk.endExpired()).as("once").isZero();
		assertThat(actions(id)).endsWith("CHANNEL_AGREEMENT_ENDED");
		assertThat(agreement(refused).statusOn(LocalDate.now(this.clock))).isEqualTo(Status.REFUSED);
	}

	@Test
	void theSchoolDecidesNotTheTeacherWhoAsks() {
		long id = this.desk.request(TEACHER, this.groupNoord, form("2027-07-16"));

		assertThatThrownBy(() -> this.desk.approve(TEACHER, id, null)).hasMessage(ChannelRefused.NOT_FOUND);
		assertThatThrownBy(() -> this.desk.approve(TEAMLEIDER_ZUID, id, null)).hasMessage(ChannelRefused.NOT_FOUND);
		assertThatThrownBy(() -> this.desk.refuse(TEAMLEIDER, id, " ")).hasMessage("channels.refused.reasonNeeded");
		assertThat(this.desk.open(NOAHS_MOTHER, id)).as("families see it once the school allows it").isEmpty();

		this.desk.refuse(TEAMLEIDER, id, "Gebruik het ouderportaal; daar lezen alle ouders mee.");
		assertThat(agreement(id).statusOn(TODAY)).isEqualTo(Status.REFUSED);
		assertThat(this.desk.open(TEACHER, id).orElseThrow().agreement().decisionReason())
			.startsWith("Gebruik het ouderportaal");
		assertThat(this.desk.open(NOAHS_MOTHER, id)).isEmpty();
		assertThatThrownBy(() -> this.desk.approve(TEAMLEIDER, id, null)).hasMessage("channels.refused.alreadyDecided");

		CurrentUser teachingTeamLeader = CurrentUser.of("tom", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"),
				RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));
		long own = this.desk.request(teachingTeamLeader, this.groupNoord, form("2027-07-16"));
		assertThatThrownBy(() -> this.desk.approve(teachingTeamLeader, own, null))
			.hasMessage("channels.refused.ownRequest");
	}

	@Test
	void aUserOfAnotherGroupGetsNotFound() throws Exception {
		long id = approved();

		for (CurrentUser outsider : List.of(GUARDIAN_ZUID, TEAMLEIDER_ZUID, NOAH)) {
			this.mvc.perform(get("/channels/" + id).with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(post("/channels/" + id + "/confirm").with(user(outsider)).with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/channels/" + id + "/end").with(user(outsider)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		// refused by role before anything is looked up
		this.mvc.perform(post("/channels/" + id + "/approve").with(user(TEACHER)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/channels/groups/" + this.groupNoord + "/new").with(user(TEAMLEIDER_ZUID)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/channels/groups/" + this.groupNoord + "/new").with(user(SEMS_FATHER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/channels").with(user(GUARDIAN_ZUID)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er zijn geen afspraken over andere kanalen")));
		this.mvc.perform(get("/channels").with(user(SEM)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Je moet nog 1 afspraak bevestigen.")));
		assertThat(agreement(id).confirmedCount()).isZero();
	}

	@Test
	void aRefusedRequestSaysWhatIsWrongInDutchAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/channels/groups/" + this.groupNoord).param("kind", "SIGNAL")
				.param("channelName", "Signal-groep Groep Noord")
				.param("purpose", "Foto's van het schoolreisje delen")
				.param("endsOn", "")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een einddatum in.")))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("value=\"Signal-groep Groep Noord\"")))
			.andExpect(content().string(containsString("Foto&#39;s van het schoolreisje delen</textarea>")))
			.andExpect(content().string(containsString("id=\"kind-SIGNAL\" value=\"SIGNAL\" checked")));
		this.mvc
			.perform(post("/channels/groups/" + this.groupNoord).param("kind", "WHATSAPP")
				.param("channelName", "WhatsApp Groep Noord")
				.param("purpose", "Uitjes")
				.param("endsOn", "2027-11-25")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(content().string(containsString("hoogstens een schooljaar")));
		this.mvc
			.perform(post("/channels/groups/" + this.groupNoord).param("kind", "TELEGRAM")
				.param("channelName", "Telegram")
				.param("purpose", "Uitjes")
				.param("endsOn", "2027-01-01")
				.header("Accept-Language", "en")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(content().string(containsString("Choose what kind of channel it is.")));
		assertThat(this.jdbc.sql("select count(*) from channel_agreements").query(Long.class).single()).isZero();

		this.mvc
			.perform(post("/channels/groups/" + this.groupNoord).param("kind", "WHATSAPP")
				.param("channelName", "WhatsApp Groep Noord")
				.param("purpose", "Uitjes")
				.param("endsOn", "2027-11-24")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "channels.done.requested"));
		long id = this.jdbc.sql("select id from channel_agreements").query(Long.class).single();
		this.mvc.perform(post("/channels/" + id + "/refuse").param("reason", "").with(user(TEAMLEIDER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "channels.refused.reasonNeeded"));
	}

	private long approved() {
		long id = this.desk.request(TEACHER, this.groupNoord, form("2027-07-16"));
		this.desk.approve(TEAMLEIDER, id, null);
		return id;
	}

	private ChannelAgreement agreement(long id) {
		return this.desk.open(TEAMLEIDER, id).orElseThrow().agreement();
	}

	private List<String> actions(long id) {
		return this.jdbc
			.sql("select action from audit_entries where record_type = 'CHANNEL_AGREEMENT' and record_id = :id"
					+ " order by sequence_number")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private static ChannelRequestForm form(String endsOn) {
		return new ChannelRequestForm("WhatsApp-groep Groep Noord", "WHATSAPP",
				"Korte berichten over uitjes en het schoolreisje.", endsOn);
	}

	private void advance(Duration duration) {
		((TestClock) this.clock).advance(duration);
	}

}
