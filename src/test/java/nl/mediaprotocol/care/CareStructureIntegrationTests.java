package nl.mediaprotocol.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static nl.mediaprotocol.care.CareBoard.NOAH;
import static nl.mediaprotocol.care.CareBoard.TEACHER_NOORD;
import static nl.mediaprotocol.care.CareBoard.ZOE;
import static nl.mediaprotocol.care.CareBoard.ZORG_NOORD;
import static nl.mediaprotocol.care.CareBoard.ZORG_SCHOOL;
import static nl.mediaprotocol.care.CareBoard.ZORG_ZUID;
import static nl.mediaprotocol.care.CareBoard.signalAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flow of a care signal (1.8) and who may see it. The tests share one board and one
 * database; each works with signals of its own.
 */
@SpringBootTest(properties = "mediaprotocol.base-url=https://care.example")
@AutoConfigureMockMvc
class CareStructureIntegrationTests {

	@Autowired
	CareStructure care;

	@Autowired
	CareRecordPolicy policy;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void importBoard() {
		CareBoard.importInto(this.importer);
	}

	@Test
	void aSignalGoesFromConversationToReferralToClosedEachStepATimelineEntryWithAuthorAndTime_1_8() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		assertThat(this.care.open(ZORG_NOORD, id).signal().status()).isEqualTo(CareSignal.Status.SIGNALLED);

		this.care.holdConversation(ZORG_NOORD, id, "Gesprek met Noah en zijn moeder.",
				LocalDate.now(this.clock).minusDays(1));
		this.care.refer(ZORG_NOORD, id, "Schoolmaatschappelijk werk", null);
		this.care.close(ZORG_NOORD, id, "Noah heeft begeleiding van het schoolmaatschappelijk werk.");

		CareStructure.Opened opened = this.care.open(ZORG_NOORD, id);
		assertThat(opened.signal().status()).isEqualTo(CareSignal.Status.CLOSED);
		assertThat(opened.signal().closedAt()).isNotNull();
		assertThat(opened.studentName()).isEqualTo("Noah Vermeulen");
		assertThat(opened.groupName()).isEqualTo("Groep Noord");
		assertThat(opened.entries()).extracting(CareEntry::kind)
			.containsExactly(CareEntry.Kind.CONVERSATION, CareEntry.Kind.REFERRAL, CareEntry.Kind.CLOSURE);
		assertThat(opened.entries()).allSatisfy(entry -> {
			assertThat(entry.author()).isEqualTo("zorg-noord");
			assertThat(entry.recordedAt()).isNotNull();
		});
		assertThat(opened.entries().get(0).heldOn()).isEqualTo(LocalDate.now(this.clock).minusDays(1));
		assertThat(opened.entries().get(1).referredTo()).isEqualTo("Schoolmaatschappelijk werk");
		assertThat(auditActions(id)).contains("CARE_SIGNAL_RAISED", "CARE_SIGNAL_CONVERSATION", "CARE_SIGNAL_REFERRED",
				"CARE_SIGNAL_CLOSED");
	}

	@Test
	void aReferralComesOnlyAfterTheConversationAndEachStepOnlyOnce() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		assertThatThrownBy(() -> this.care.refer(ZORG_NOORD, id, "GGD", null))
			.hasMessage("care.refused.conversationFirst");
		this.care.holdConversation(ZORG_NOORD, id, "Gesprek gevoerd.", null);
		assertThatThrownBy(() -> this.care.holdConversation(ZORG_NOORD, id, "Nog een gesprek.", null))
			.hasMessage("care.refused.conversationRecorded");
		this.care.refer(ZORG_NOORD, id, "GGD", "Afspraak bij de jeugdarts.");
		assertThatThrownBy(() -> this.care.refer(ZORG_NOORD, id, "Huisarts", null))
			.hasMessage("care.refused.alreadyReferred");

		assertThat(this.care.open(ZORG_NOORD, id).entries()).hasSize(2);
	}

	@Test
	void closingIsPossibleFromEveryOpenStateWithAReasonAndAfterwardsNothingMoves() {
		long signalled = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		long inConversation = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		this.care.holdConversation(ZORG_NOORD, inConversation, "Gesprek gevoerd.", null);

		assertThatThrownBy(() -> this.care.close(ZORG_NOORD, signalled, "  ")).hasMessage("care.refused.reasonNeeded");
		this.care.close(ZORG_NOORD, signalled, "Dubbel gemeld: zie het andere signaal.");
		this.care.close(ZORG_NOORD, inConversation, "Het gaat weer goed; geen verwijzing nodig.");

		assertThatThrownBy(() -> this.care.close(ZORG_NOORD, signalled, "Nog eens")).hasMessage("care.refused.closed");
		assertThatThrownBy(() -> this.care.holdConversation(ZORG_NOORD, signalled, "Te laat", null))
			.hasMessage("care.refused.closed");
		assertThat(this.care.open(ZORG_NOORD, inConversation).signal().status()).isEqualTo(CareSignal.Status.CLOSED);
	}

	@Test
	void stepsNeedTheirTextAndAConversationIsNotInTheFuture() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		assertThatThrownBy(() -> this.care.holdConversation(ZORG_NOORD, id, " ", null))
			.hasMessage("care.refused.noteNeeded");
		assertThatThrownBy(
				() -> this.care.holdConversation(ZORG_NOORD, id, "Gesprek", LocalDate.now(this.clock).plusDays(2)))
			.hasMessage("care.refused.future");
		this.care.holdConversation(ZORG_NOORD, id, "Gesprek", null);
		assertThatThrownBy(() -> this.care.refer(ZORG_NOORD, id, "", null)).hasMessage("care.refused.referredToNeeded");

		assertThat(this.care.open(ZORG_NOORD, id).entries()).singleElement()
			.satisfies(entry -> assertThat(entry.heldOn()).isEqualTo(LocalDate.now(this.clock)));
	}

	@Test
	void aCorrectionIsANewEntryReferringToTheOldOneWhichStaysAsItWas() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		this.care.holdConversation(ZORG_NOORD, id, "Gesprek met Noah en zijn vader.", null);
		long conversation = this.care.open(ZORG_NOORD, id).entries().getFirst().id();

		long correction = this.care.correct(ZORG_NOORD, id, conversation, "Het was zijn moeder, niet zijn vader.");

		CareStructure.Opened opened = this.care.open(ZORG_NOORD, id);
		assertThat(opened.entries()).extracting(CareEntry::text)
			.containsExactly("Gesprek met Noah en zijn vader.", "Het was zijn moeder, niet zijn vader.");
		assertThat(opened.correctionsOf(conversation)).extracting(CareEntry::id).containsExactly(correction);
		assertThat(opened.signal().status()).as("a correction is no step").isEqualTo(CareSignal.Status.CONVERSATION);
		assertThatThrownBy(() -> this.care.correct(ZORG_NOORD, id, 999_999L, "Welke?"))
			.hasMessage("care.refused.entryNeeded");
	}

	@Test
	void onlyCareCoordinatorsOfTheStudentsUnitOrAUnitAboveItSeeTheSignal() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		assertThat(this.care.openFor(ZORG_NOORD)).extracting(row -> row.signal().id()).contains(id);
		assertThat(this.care.openFor(ZORG_SCHOOL)).extracting(row -> row.signal().id()).contains(id);
		assertThat(this.care.openFor(ZORG_ZUID)).extracting(row -> row.signal().id()).doesNotContain(id);
		assertThat(this.care.openFor(TEACHER_NOORD)).as("not a coordinator").isEmpty();

		assertThat(this.care.open(ZORG_SCHOOL, id).signal().id()).isEqualTo(id);
		assertThatThrownBy(() -> this.care.open(ZORG_ZUID, id)).hasMessage("care.refused.notFound");
		assertThatThrownBy(() -> this.care.open(TEACHER_NOORD, id)).hasMessage("care.refused.notFound");
		assertThatThrownBy(() -> this.care.close(ZORG_ZUID, id, "Niet van mij")).hasMessage("care.refused.notFound");
		CurrentUser boardWide = CurrentUser.of("zorg-bestuur", null, RoleGrant.boardWide(Role.ZORG));
		assertThat(this.care.open(boardWide, id).signal().id()).isEqualTo(id);
	}

	@Test
	void everyReadIsAuditedAndSoIsARefusedOneWithoutAWordOfTheSignal() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		this.care.open(ZORG_NOORD, id);
		this.care.open(ZORG_NOORD, id);
		assertThatThrownBy(() -> this.care.open(ZORG_ZUID, id)).hasMessage("care.refused.notFound");
		assertThatThrownBy(() -> this.care.open(ZORG_ZUID, 888_001L)).hasMessage("care.refused.notFound");

		assertThat(auditActions(id)).containsExactly("CARE_SIGNAL_RAISED", "CARE_SIGNAL_READ", "CARE_SIGNAL_READ",
				"CARE_SIGNAL_READ_REFUSED");
		assertThat(auditActions(888_001L)).containsExactly("CARE_SIGNAL_READ_REFUSED");
		assertThat(this.jdbc
			.sql("select subject_ref from audit_entries where record_type = 'CARE_SIGNAL'"
					+ " and record_id = :id and action = 'CARE_SIGNAL_READ'")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list()).containsOnly(NOAH);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entries where record_type = 'CARE_SIGNAL' and (details like '%telefoon%'"
					+ " or details like '%slaap%')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAuditTrailShowsCareEntriesOnlyToTheDataProtectionOfficerAndTheCoordinators() {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		nl.mediaprotocol.audit.AuditedRecord record = nl.mediaprotocol.audit.AuditedRecord.of("CARE_SIGNAL", id);

		assertThat(this.policy.maySee(signedIn(ZORG_NOORD), record)).isTrue();
		assertThat(this.policy.maySee(signedIn(CurrentUser.of("fg", null, RoleGrant.boardWide(Role.FG))), record))
			.isTrue();
		assertThat(this.policy.maySee(signedIn(ZORG_ZUID), record)).isFalse();
		assertThat(this.policy.maySee(signedIn(CurrentUser.of("beheerder", null, RoleGrant.boardWide(Role.BEHEERDER))),
				record))
			.isFalse();
	}

	@Test
	void theRaiserFollowsTheStateOfTheirOwnSignalsOnly() {
		long mine = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		long someoneElses = this.care.raise(ZORG_SCHOOL, signalAbout(ZOE));
		this.care.holdConversation(ZORG_NOORD, mine, "Gesprek gevoerd.", null);

		List<CareStructure.Listed> raised = this.care.raisedBy(TEACHER_NOORD);
		assertThat(raised).extracting(row -> row.signal().id()).contains(mine).doesNotContain(someoneElses);
		assertThat(raised).filteredOn(row -> row.signal().id() == mine).singleElement().satisfies(row -> {
			assertThat(row.signal().status()).isEqualTo(CareSignal.Status.CONVERSATION);
			assertThat(row.studentName()).isEqualTo("Noah Vermeulen");
		});
	}

	@Test
	void aSignalIsAboutAStudentTheRaiserCanLookUp() {
		assertThatThrownBy(() -> this.care.raise(TEACHER_NOORD, signalAbout(ZOE))).as("a student of another location")
			.hasMessage("care.refused.studentUnknown");
		assertThatThrownBy(() -> this.care.raise(TEACHER_NOORD, signalAbout("Z-N"))).as("an employee is no student")
			.hasMessage("care.refused.studentUnknown");
		assertThatThrownBy(() -> this.care.raise(TEACHER_NOORD, signalAbout("L-404")))
			.hasMessage("care.refused.studentUnknown");
		assertThatThrownBy(() -> this.care.raise(CareBoard.MEDEWERKER_NOORD, signalAbout(NOAH)))
			.as("a role that cannot look up students")
			.hasMessage("care.refused.studentUnknown");
		assertThatThrownBy(() -> this.care.raise(TEACHER_NOORD, new SignalForm(null, null, " ", null)))
			.isInstanceOfSatisfying(CareRefused.class, refused -> assertThat(refused.messageKeys())
				.containsExactly("care.refused.studentNeeded", "care.refused.observationNeeded"));

		long byNumber = this.care.raise(TEACHER_NOORD, new SignalForm("l-1", null, "Altijd online.", null));
		assertThat(this.care.open(ZORG_NOORD, byNumber).signal().studentRef()).isEqualTo(NOAH);
		assertThatThrownBy(() -> this.care.raise(TEACHER_NOORD, new SignalForm("Noah", null, "Altijd online.", null)))
			.as("a name is chosen from the results, not guessed")
			.hasMessage("care.refused.chooseStudent");
	}

	@Test
	void openSignalsComeFirstTheOldestFirst() {
		long first = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		long second = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		long third = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		this.care.close(ZORG_NOORD, second, "Dubbel gemeld.");

		assertThat(this.care.openFor(ZORG_NOORD)).extracting(row -> row.signal().id())
			.containsSubsequence(first, third)
			.doesNotContain(second);
		assertThat(this.care.closedFor(ZORG_NOORD)).extracting(row -> row.signal().id()).first().isEqualTo(second);
	}

	private List<String> auditActions(long id) {
		return this.jdbc
			.sql("select action from audit_entries where record_type = 'CARE_SIGNAL' and record_id = :id"
					+ " order by sequence_number")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list();
	}

	private static UsernamePasswordAuthenticationToken signedIn(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
