package nl.mediaprotocol.cases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import static nl.mediaprotocol.cases.CaseBoard.BESTUURDER;
import static nl.mediaprotocol.cases.CaseBoard.DIRECTEUR;
import static nl.mediaprotocol.cases.CaseBoard.TEACHER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER;
import static nl.mediaprotocol.cases.CaseBoard.TEAMLEIDER_ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CaseBookIntegrationTests {

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	CaseBook cases;

	@Autowired
	SanctionLadders ladders;

	@Autowired
	CaseOverview overview;

	@Autowired
	Dossiers dossiers;

	@Autowired
	CasePrivacy privacy;

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
	void noMeasureBeforeTheFirstConversation() {
		long id = open("L-1", "Schelden in de groepsapp", TEAMLEIDER);

		assertThatThrownBy(() -> this.cases.takeStep(id, "warning", "Waarschuwing gegeven", null, TEAMLEIDER))
			.hasMessage("cases.refused.stepNotOpen");
		assertThat(this.cases.nextSteps(this.cases.get(id))).filteredOn(option -> option.code().equals("warning"))
			.singleElement()
			.satisfies(option -> {
				assertThat(option.open()).isFalse();
				assertThat(option.reasonKey()).isEqualTo("cases.step.needsFirst");
				assertThat(option.reasonArgument()).isEqualTo("Gesprek tussen leerling en leerkracht");
			});
		this.cases.takeStep(id, "conversation-teacher", "Gesprek met de leerkracht gevoerd", null, TEAMLEIDER);
		this.cases.takeStep(id, "warning", "Waarschuwing gegeven", null, TEAMLEIDER);

		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.STUDENT))).contains("warning");
	}

	@Test
	void repetitionUnlocksTheTeamLeaderConversation() {
		long first = open("L-1", "Eerste keer", TEAMLEIDER);
		this.cases.takeStep(first, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		assertThat(isOpen(first, "conversation-teamleader")).isFalse();

		long second = open("L-1", "Weer", TEAMLEIDER);
		this.cases.takeStep(second, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		assertThat(isOpen(second, "conversation-teamleader")).isTrue();

		long other = open("L-2", "Iemand anders", TEAMLEIDER);
		this.cases.takeStep(other, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		assertThat(isOpen(other, "conversation-teamleader")).as("only the subject's own history counts").isFalse();
	}

	@Test
	void anEmployeeMeasureWithoutTheBestuurdersAcknowledgementHasNoEffect() {
		long id = open("M-T", "Privéaccount over collega's", TEAMLEIDER);
		this.cases.takeStep(id, "conversation-manager", "Gesprek met de leidinggevende", null, TEAMLEIDER);
		long warning = this.cases.takeStep(id, "warning", "Schriftelijke waarschuwing", null, TEAMLEIDER);

		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.EMPLOYEE))).doesNotContain("warning");
		assertThat(this.cases.get(id).awaitingAcknowledgement(ladder(SubjectKind.EMPLOYEE))).hasSize(1);
		assertThatThrownBy(() -> this.cases.acknowledge(id, warning, DIRECTEUR))
			.hasMessage("cases.refused.onlyBestuurder");

		this.cases.acknowledge(id, warning, BESTUURDER);
		assertThat(this.cases.get(id).stepsInEffect(ladder(SubjectKind.EMPLOYEE))).contains("warning");
	}

	@Test
	void aTransgressiveCaseDoesNotCloseWithoutTheRecordedInspectorCall() {
		long id = open("M-T", "Berichten aan een leerling", TEAMLEIDER);
		assertThatThrownBy(() -> this.cases.markTransgressive(id, TEAMLEIDER)).hasMessage("cases.refused.onlyBoard");
		this.cases.markTransgressive(id, BESTUURDER);
		assertThat(this.cases.get(id).openTasks()).singleElement()
			.satisfies(task -> assertThat(task.doneByEntry()).isEqualTo(CaseEntry.Kind.INSPECTOR_CALL));

		assertThatThrownBy(() -> this.cases.close(id, "Afgehandeld", BESTUURDER))
			.hasMessage("cases.refused.inspectorCallMissing");
		assertThatThrownBy(
				() -> this.cases.recordInspectorCall(id, Instant.parse("2026-11-24T08:15:00Z"), " ", BESTUURDER))
			.hasMessage("cases.refused.summaryNeeded");

		this.cases.recordInspectorCall(id, Instant.parse("2026-11-24T08:15:00Z"),
				"Gemeld bij de vertrouwensinspecteur; advies: gesprek en aantekening in het dossier.", BESTUURDER);
		assertThat(this.cases.get(id).openTasks()).as("recording the call does the task").isEmpty();
		this.cases.close(id, "Afgehandeld na advies", BESTUURDER);
		assertThat(this.cases.get(id).status()).isEqualTo(Case.Status.CLOSED);
		assertThatThrownBy(() -> this.cases.takeStep(id, "conversation-manager", "Te laat", null, TEAMLEIDER))
			.hasMessage("cases.refused.closed");
	}

	@Test
	void aCorrectionIsANewEntryAndTheOriginalStays() {
		long id = open("L-1", "Meme", TEAMLEIDER);
		long step = this.cases.takeStep(id, "conversation-teacher", "Gesprek op maandag", null, TEAMLEIDER);

		long correction = this.cases.correct(id, step, "Het gesprek was op dinsdag, niet maandag.", TEAMLEIDER);

		Case found = this.cases.get(id);
		assertThat(found.entries()).extracting(CaseEntry::text)
			.containsExactly("Gesprek op maandag", "Het gesprek was op dinsdag, niet maandag.");
		assertThat(found.correctionsOf(step)).extracting(CaseEntry::id).containsExactly(correction);
	}

	@Test
	void theHandlerTheirManagerAndForEmployeesTheBestuurderSeeACaseButNeverTheSubject() {
		long student = open("L-1", "Schelden", TEAMLEIDER);
		long employee = open("M-T", "Berichten aan ouders", TEAMLEIDER);

		assertThat(this.cases.read(TEAMLEIDER, student)).isPresent();
		assertThat(this.cases.read(DIRECTEUR, student)).as("the handler's manager").isPresent();
		assertThat(this.cases.read(BESTUURDER, student)).as("a student's case is not the board's").isEmpty();
		assertThat(this.cases.read(TEAMLEIDER_ZUID, student)).isEmpty();
		assertThat(this.cases.read(BESTUURDER, employee)).isPresent();
		assertThat(this.cases.read(TEACHER, employee)).as("the subject never").isEmpty();
		// the lists show the same: each viewer's own cases, no others
		assertThat(this.cases.visibleTo(TEAMLEIDER)).extracting(Case::id).containsExactlyInAnyOrder(student, employee);
		assertThat(this.cases.visibleTo(DIRECTEUR)).extracting(Case::id).containsExactlyInAnyOrder(student, employee);
		assertThat(this.cases.visibleTo(BESTUURDER)).extracting(Case::id).containsExactly(employee);
		assertThat(this.cases.visibleTo(TEAMLEIDER_ZUID)).isEmpty();
		assertThat(this.cases.visibleTo(TEACHER)).isEmpty();

		assertThat(this.jdbc.sql("""
				select action from audit_entries where record_type = 'CASE' and record_id = :id order by sequence_number
				""").param("id", String.valueOf(student)).query(String.class).list()).contains("CASE_OPENED")
			.containsSubsequence("CASE_READ", "CASE_READ", "CASE_OPEN_REFUSED", "CASE_OPEN_REFUSED");
	}

	@Test
	void aPurgedCaseIsGoneForEveryoneWhoCouldSeeIt() {
		long id = open("L-1", "Oude zaak", TEAMLEIDER);
		this.cases.takeStep(id, "conversation-teacher", "Gesprek", null, TEAMLEIDER);
		this.cases.close(id, "Afgehandeld", TEAMLEIDER);
		((TestClock) this.clock).advance(Duration.ofDays(800));

		assertThat(this.privacy.purge(this.clock.instant().minus(Duration.ofDays(730)), false).records()).isOne();

		assertThat(this.cases.read(TEAMLEIDER, id)).as("its former handler").isEmpty();
		assertThat(this.cases.read(DIRECTEUR, id)).as("the handler's manager").isEmpty();
		assertThat(this.cases.visibleTo(TEAMLEIDER)).isEmpty();
		assertThat(this.dossiers.of(TEAMLEIDER, "L-1")).isEmpty();
	}

	@Test
	void aCaseIsOpenedOnlyAboutSomeoneTheHandlersRoleReaches() {
		assertThatThrownBy(() -> open("L-1", "Niet mijn locatie", TEAMLEIDER_ZUID))
			.hasMessage("cases.refused.subjectUnknown");
		assertThatThrownBy(() -> open("M-TL", "Over mezelf", TEAMLEIDER)).hasMessage("cases.refused.subjectUnknown");
		assertThatThrownBy(() -> open("L-1", "Geen behandelaar", TEACHER)).hasMessage("cases.refused.mayNotOpen");
		assertThatThrownBy(() -> open("L-1", " ", TEAMLEIDER)).hasMessage("cases.refused.titleNeeded");

		long guardian = open("G-1", "Ouder deelt foto's van andere kinderen", TEAMLEIDER);
		assertThat(this.cases.get(guardian).subjectKind()).isEqualTo(SubjectKind.GUARDIAN);
		assertThat(this.cases.get(guardian).unitCode()).as("a guardian's case belongs to the child's unit")
			.isEqualTo("NOORD");
	}

	@Test
	void aPossibleSexualOffenceFollowsTheStatutoryPathBeforeTheCaseCloses() {
		long id = open("M-T", "Signaal over berichten aan een leerling", TEAMLEIDER);
		this.cases.classify(id, CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR, TEAMLEIDER);

		Case classified = this.cases.get(id);
		assertThat(classified.statutoryPath().orElseThrow().next()).contains(StatutoryPath.Step.BESTUUR_INFORMED);
		assertThat(classified.openTasks()).extracting(CaseTask::doneByEntry)
			.containsExactlyInAnyOrder(CaseEntry.Kind.BESTUUR_INFORMED, CaseEntry.Kind.INSPECTOR_CONSULTED);
		assertThatThrownBy(() -> this.cases.recordStatutoryStep(id, CaseEntry.Kind.INSPECTOR_CONSULTED, null,
				"Te vroeg", BESTUURDER))
			.as("in the order of the law")
			.hasMessage("cases.refused.stepNotOpen");

		Instant informedAt = Instant.parse("2026-11-24T08:40:00Z");
		this.cases.recordStatutoryStep(id, CaseEntry.Kind.BESTUUR_INFORMED, informedAt,
				"Bestuurder Bea Bestuur telefonisch geïnformeerd door Tina", TEAMLEIDER);
		assertThatThrownBy(() -> this.cases.recordStatutoryStep(id, CaseEntry.Kind.INSPECTOR_CONSULTED, null, "Overleg",
				TEAMLEIDER))
			.as("the bestuur consults, not the school leader")
			.hasMessage("cases.refused.onlyBestuurder");
		this.cases.recordStatutoryStep(id, CaseEntry.Kind.INSPECTOR_CONSULTED, null,
				"Overleg met de vertrouwensinspecteur", BESTUURDER);
		this.cases.recordStatutoryStep(id, CaseEntry.Kind.SUSPICION_REASONABLE, null, "Redelijk vermoeden na overleg",
				BESTUURDER);
		assertThatThrownBy(() -> this.cases.close(id, "Klaar", BESTUURDER))
			.hasMessage("cases.refused.statutoryPathOpen");
		assertThatThrownBy(() -> this.cases.recordPoliceReport(id, null, " ", "Aangifte gedaan", BESTUURDER))
			.hasMessage("cases.refused.referenceNeeded");

		this.cases.recordPoliceReport(id, null, "PL2200-2026123456", "Aangifte gedaan bij politie Eindhoven",
				BESTUURDER);
		Case complete = this.cases.get(id);
		assertThat(complete.statutoryPath().orElseThrow().steps())
			.allSatisfy(state -> assertThat(state.state()).isEqualTo(StatutoryPath.StepState.State.DONE));
		assertThat(complete.statutoryPath().orElseThrow().steps().getFirst().entry()).satisfies(entry -> {
			assertThat(entry.happenedAt()).isEqualTo(informedAt);
			assertThat(entry.author()).isEqualTo("tl");
		});
		assertThat(complete.openTasks()).isEmpty();
		this.cases.close(id, "Aangifte gedaan, verder bij de politie", BESTUURDER);
	}

	@Test
	void noReasonableSuspicionEndsThePathWithoutAPoliceReport() {
		long id = open("M-T", "Signaal", BESTUURDER);
		this.cases.classify(id, CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR, BESTUURDER);
		assertThat(this.cases.get(id).statutoryPath().orElseThrow().next())
			.as("the bestuur classifying it is the bestuur informed")
			.contains(StatutoryPath.Step.INSPECTOR_CONSULTED);
		this.cases.recordStatutoryStep(id, CaseEntry.Kind.INSPECTOR_CONSULTED, null, "Overleg", BESTUURDER);
		this.cases.recordStatutoryStep(id, CaseEntry.Kind.SUSPICION_NOT_REASONABLE, null,
				"Geen redelijk vermoeden volgens inspecteur en bestuur", BESTUURDER);

		assertThat(this.cases.get(id).statutoryPath().orElseThrow().isComplete()).isTrue();
		this.cases.close(id, "Geen redelijk vermoeden", BESTUURDER);
	}

	@Test
	void aPoliceReportKeepsItsDateAndReference() {
		long id = open("L-1", "Bedreiging via Snapchat", TEAMLEIDER);
		Instant madeAt = Instant.parse("2026-11-23T14:00:00Z");

		this.cases.recordPoliceReport(id, madeAt, "PL2200-2026000777", "Melding gedaan bij de wijkagent", TEAMLEIDER);

		assertThat(this.cases.get(id).entries()).singleElement().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEntry.Kind.POLICE_REPORT);
			assertThat(entry.reference()).isEqualTo("PL2200-2026000777");
			assertThat(entry.happenedAt()).isEqualTo(madeAt);
		});
		assertThatThrownBy(() -> this.cases.recordPoliceReport(id, Instant.parse("2026-12-24T10:00:00Z"), "X",
				"Toekomst", TEAMLEIDER))
			.hasMessage("cases.refused.future");
	}

	@Test
	void tasksGoOnlyToPeopleWhoMaySeeTheCaseAndShowUpOverdueInTheOverview() {
		long id = open("L-1", "Filmpje van een les", TEAMLEIDER);
		assertThatThrownBy(() -> this.cases.addTask(id, "Gesprek plannen", "tlz", Instant.parse("2026-11-26T16:00:00Z"),
				TEAMLEIDER))
			.hasMessage("cases.refused.assignee");
		long task = this.cases.addTask(id, "Gesprek met ouders plannen", "dir", Instant.parse("2026-11-26T16:00:00Z"),
				TEAMLEIDER);
		((TestClock) this.clock).advance(Duration.ofDays(3));

		CaseOverview.Figures figures = this.overview.of(DIRECTEUR);
		assertThat(figures.openCases()).isOne();
		assertThat(figures.rows()).containsExactly(new CaseOverview.Row("Locatie Noord", "", 1));
		assertThat(figures.overdue()).singleElement()
			.satisfies(overdue -> assertThat(overdue.what()).isEqualTo("Gesprek met ouders plannen"));
		assertThat(this.overview.of(CaseBoard.BESTUURDER).openCases()).isOne();

		this.cases.finishTask(id, task, DIRECTEUR);
		assertThat(this.overview.of(DIRECTEUR).overdue()).isEmpty();
	}

	@Test
	void theDossierHoldsEveryEntryOfEveryCaseAboutThePersonAsOnePdf() throws Exception {
		long first = open("L-1", "Eerste zaak", TEAMLEIDER);
		this.cases.takeStep(first, "conversation-teacher", "Gesprek over het filmpje", null, TEAMLEIDER);
		long second = open("L-1", "Tweede zaak", TEAMLEIDER);
		this.cases.addNote(second, "Brief aan ouders verstuurd",
				List.of(new CaseBook.NewAttachment("brief.pdf", minimalPdf())), TEAMLEIDER);
		open("L-2", "Iemand anders", TEAMLEIDER);

		Dossiers.Dossier dossier = this.dossiers.of(TEAMLEIDER, "L-1").orElseThrow();
		assertThat(dossier.cases()).extracting(Case::title).containsExactly("Eerste zaak", "Tweede zaak");
		assertThat(this.dossiers.of(TEAMLEIDER_ZUID, "L-1")).isEmpty();

		byte[] pdf = this.dossiers.pdf(TEAMLEIDER, "L-1").orElseThrow();
		String text;
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
		assertThat(text)
			.contains("Noah Vermeulen", "Eerste zaak", "Gesprek over het filmpje", "Tweede zaak",
					"Brief aan ouders verstuurd", "brief.pdf")
			.doesNotContain("Iemand anders");
		assertThat(this.jdbc.sql("select action from audit_entries where record_type = 'DOSSIER' and record_id = 'L-1'")
			.query(String.class)
			.list()).contains("DOSSIER_READ", "DOSSIER_EXPORTED", "DOSSIER_OPEN_REFUSED");
	}

	@Test
	void anAttachmentMustBeAPdfOrImage() {
		long id = open("L-1", "Schermafbeelding", TEAMLEIDER);
		assertThatThrownBy(() -> this.cases.addNote(id, "Bijlage",
				List.of(new CaseBook.NewAttachment("virus.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8))),
				TEAMLEIDER))
			.hasMessage("cases.refused.file");
		assertThat(this.cases.get(id).entries()).as("nothing saved").isEmpty();
	}

	static byte[] minimalPdf() throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private long open(String ref, String title, nl.mediaprotocol.account.CurrentUser by) {
		return this.cases.open(new CaseBook.CaseDraft(ref, title, null), by);
	}

	private boolean isOpen(long id, String code) {
		return this.cases.nextSteps(this.cases.get(id))
			.stream()
			.filter(option -> option.code().equals(code))
			.findFirst()
			.orElseThrow()
			.open();
	}

	private SanctionLadder ladder(SubjectKind kind) {
		return this.ladders.forSubject(kind);
	}

}
