package nl.mediaprotocol.cases;

import java.time.Instant;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CaseBookIntegrationTests {

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser DIRECTEUR = CurrentUser.of("dir", "DIR", RoleGrant.boardWide(Role.DIRECTEUR));

	static final CurrentUser BESTUURDER = CurrentUser.of("bst", "BST", RoleGrant.boardWide(Role.BESTUURDER));

	@Autowired
	CaseBook cases;

	@Test
	void noMeasureBeforeTheFirstConversation() {
		long id = this.cases.open("L-1", SubjectKind.STUDENT, "Schelden in de groepsapp", TEAMLEIDER, null);

		assertThatThrownBy(() -> this.cases.takeStep(id, "warning", "Waarschuwing gegeven", TEAMLEIDER))
			.hasMessage("cases.refused.stepNotOpen");
		this.cases.takeStep(id, "conversation-teacher", "Gesprek met de leerkracht gevoerd", TEAMLEIDER);
		this.cases.takeStep(id, "warning", "Waarschuwing gegeven", TEAMLEIDER);

		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.STUDENT))).contains("warning");
	}

	@Test
	void repetitionUnlocksTheTeamLeaderConversation() {
		long first = this.cases.open("L-1", SubjectKind.STUDENT, "Eerste keer", TEAMLEIDER, null);
		this.cases.takeStep(first, "conversation-teacher", "Gesprek", TEAMLEIDER);
		assertThat(this.cases.nextSteps(first)).filteredOn(option -> option.code().equals("conversation-teamleader"))
			.singleElement()
			.satisfies(option -> assertThat(option.open()).isFalse());

		long second = this.cases.open("L-1", SubjectKind.STUDENT, "Weer", TEAMLEIDER, null);
		this.cases.takeStep(second, "conversation-teacher", "Gesprek", TEAMLEIDER);

		assertThat(this.cases.nextSteps(second)).filteredOn(option -> option.code().equals("conversation-teamleader"))
			.singleElement()
			.satisfies(option -> assertThat(option.open()).isTrue());
		long other = this.cases.open("L-2", SubjectKind.STUDENT, "Iemand anders", TEAMLEIDER, null);
		this.cases.takeStep(other, "conversation-teacher", "Gesprek", TEAMLEIDER);
		assertThat(this.cases.nextSteps(other)).filteredOn(option -> option.code().equals("conversation-teamleader"))
			.singleElement()
			.satisfies(option -> assertThat(option.open()).as("only the subject's own history counts").isFalse());
	}

	@Test
	void anEmployeeMeasureWithoutTheBestuurdersAcknowledgementHasNoEffect() {
		long id = this.cases.open("M-1", SubjectKind.EMPLOYEE, "Privéaccount over collega's", DIRECTEUR, null);
		this.cases.takeStep(id, "conversation-manager", "Gesprek met de leidinggevende", DIRECTEUR);
		long warning = this.cases.takeStep(id, "warning", "Schriftelijke waarschuwing", DIRECTEUR);

		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.EMPLOYEE))).doesNotContain("warning");
		assertThatThrownBy(() -> this.cases.acknowledge(id, warning, DIRECTEUR))
			.hasMessage("cases.refused.onlyBestuurder");

		this.cases.acknowledge(id, warning, BESTUURDER);
		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.EMPLOYEE))).contains("warning");
	}

	@Test
	void aTransgressiveCaseDoesNotCloseWithoutTheRecordedInspectorCall() {
		long id = this.cases.open("M-1", SubjectKind.EMPLOYEE, "Berichten aan een leerling", DIRECTEUR, null);
		this.cases.markTransgressive(id, BESTUURDER);

		assertThatThrownBy(() -> this.cases.close(id, BESTUURDER)).hasMessage("cases.refused.inspectorCallMissing");
		assertThatThrownBy(
				() -> this.cases.recordInspectorCall(id, Instant.parse("2026-11-24T10:15:00Z"), " ", BESTUURDER))
			.hasMessage("cases.refused.summaryNeeded");

		this.cases.recordInspectorCall(id, Instant.parse("2026-11-24T10:15:00Z"),
				"Gemeld bij de vertrouwensinspecteur; advies: gesprek en aantekening in het dossier.", BESTUURDER);
		this.cases.close(id, BESTUURDER);
		assertThat(this.cases.get(id).status()).isEqualTo(Case.Status.CLOSED);
		assertThatThrownBy(() -> this.cases.takeStep(id, "conversation-manager", "Te laat", DIRECTEUR))
			.hasMessage("cases.refused.closed");
	}

	@Test
	void aCorrectionIsANewEntryAndTheOriginalStays() {
		long id = this.cases.open("L-1", SubjectKind.STUDENT, "Meme", TEAMLEIDER, null);
		long step = this.cases.takeStep(id, "conversation-teacher", "Gesprek op maandag", TEAMLEIDER);

		long correction = this.cases.correct(id, step, "Het gesprek was op dinsdag, niet maandag.", TEAMLEIDER);

		Case found = this.cases.get(id);
		assertThat(found.entries()).extracting(CaseEntry::text)
			.containsExactly("Gesprek op maandag", "Het gesprek was op dinsdag, niet maandag.");
		assertThat(found.entries()).filteredOn(entry -> entry.id() == correction)
			.singleElement()
			.satisfies(entry -> assertThat(entry.corrects()).isEqualTo(step));
	}

	private SanctionLadder ladder(SubjectKind kind) {
		return this.ladders.forSubject(kind);
	}

	@Autowired
	SanctionLadders ladders;

}
