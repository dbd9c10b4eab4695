package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"mediaprotocol.consent.reminder-after=7d", "mediaprotocol.consent.yearly-notice=--11-30" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsentRoundsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	ConsentRounds rounds;

	@Autowired
	ConsentRegister register;

	@Autowired
	DirectoryImporter importer;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(MONDAY);
		return clock;
	}

	@BeforeEach
	void importBoard() {
		importSheet(this.importer, ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				NOORD;Locatie Noord;locatie;B
				ZUID;Locatie Zuid;locatie;B
				""");
		importSheet(this.importer, ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				GZ;Groep Zuid;ZUID
				""");
		importSheet(this.importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2017;GN
				L-2;Sem;;de Boer;02-05-2016;GN
				L-3;Zoë;;Zuid;02-05-2016;GZ
				""");
		importSheet(this.importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-A;Esther;;Vermeulen;esther@ouders.example;;L-1
				G-B;Pim;;Vermeulen;pim@ouders.example;;L-1
				G-C;Carla;de;Boer;carla@ouders.example;;L-2
				G-D;Dirk;;Zuid;dirk@ouders.example;;L-3
				""");
	}

	@Test
	void openingARoundWritesToEveryoneWhoDecidesForAStudentOfTheUnit() {
		this.rounds.open("NOORD", ConsentRounds.Kind.ENROLMENT, null, null, "beheerder");

		assertThat(recipients()).containsExactlyInAnyOrder("esther@ouders.example", "pim@ouders.example",
				"carla@ouders.example");
		assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0])).contains("/consent");
	}

	@Test
	void thoseWhoHaveNotAnsweredAreRemindedOncePerInterval() throws Exception {
		ConsentRounds.Round round = this.rounds.open("NOORD", ConsentRounds.Kind.ENROLMENT, null, null, "beheerder");
		mail.purgeEmailFromAllMailboxes();
		this.register.record(new ConsentRegister.DecisionRequest("L-2", "website", Medium.PHOTO, true, "G-C",
				DecisionMethod.PORTAL, null), CurrentUser.of("carla", "G-C", RoleGrant.boardWide(Role.OUDER)));

		assertThat(this.rounds.sendReminders()).as("not before the interval").isZero();
		((TestClock) this.clock).advance(Duration.ofDays(7));
		assertThat(this.rounds.sendReminders()).isEqualTo(2);
		assertThat(recipients()).containsExactlyInAnyOrder("esther@ouders.example", "pim@ouders.example");
		((TestClock) this.clock).advance(Duration.ofDays(1));
		assertThat(this.rounds.sendReminders()).as("not again within the interval").isZero();

		List<Coverage> coverage = this.rounds.coverage(round);
		assertThat(coverage).singleElement().satisfies(group -> {
			assertThat(group.consented()).isEqualTo(1);
			assertThat(group.refused()).isZero();
			assertThat(group.open()).isEqualTo(1);
		});
	}

	@Test
	void aClosedRoundSendsNoReminders() {
		this.rounds.open("NOORD", ConsentRounds.Kind.ENROLMENT, null,
				Instant.parse("2026-11-25T12:00:00Z").atZone(this.clock.getZone()).toLocalDate(), "beheerder");

		((TestClock) this.clock).advance(Duration.ofDays(8));

		assertThat(this.rounds.sendReminders()).isZero();
	}

	@Test
	void aRoundCannotCloseInThePastOrBeForAnUnknownUnit() {
		assertThatThrownBy(() -> this.rounds.open("NOORD", ConsentRounds.Kind.ENROLMENT, null,
				java.time.LocalDate.of(2026, 11, 1), "beheerder"))
			.hasMessage("consent.round.closesInPast");
		assertThatThrownBy(() -> this.rounds.open("WEST", ConsentRounds.Kind.ENROLMENT, null, null, "beheerder"))
			.hasMessage("consent.round.unknownUnit");
	}

	@Test
	void theYearlyNoticeGoesToEveryoneOnceOnTheBoardsDay() throws Exception {
		assertThat(this.rounds.sendYearlyNoticeIfDue()).as("not before the day").isZero();
		((TestClock) this.clock).advance(Duration.ofDays(7)); // 30 November

		assertThat(this.rounds.sendYearlyNoticeIfDue()).isEqualTo(1);
		assertThat(recipients()).hasSize(4);
		assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("Je kunt je keuze");
		assertThat(this.rounds.sendYearlyNoticeIfDue()).as("once a year").isZero();
	}

	private List<String> recipients() {
		return Arrays.stream(mail.getReceivedMessages()).map(ConsentRoundsIntegrationTests::to).toList();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
