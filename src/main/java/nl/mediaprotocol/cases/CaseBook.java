package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.reporting.ReportHandoff;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.UnreadableImage;
import nl.mediaprotocol.system.FileSignatures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases: opened about one subject, worked along the subject's sanction ladder, with a
 * timeline whose entries are never changed, the tasks the protocol sets, and who may see
 * them. Whoever may not see a case is told it does not exist.
 */
@Service
@Transactional
public class CaseBook {

	static final int MAX_ATTACHMENTS = 5;

	static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

	private final CaseRecords records;

	private final SanctionLadders ladders;

	private final CaseAccess access;

	private final ReportHandoff reports;

	private final CaseNotices notices;

	private final CaseDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Screening screening;

	CaseBook(CaseRecords records, SanctionLadders ladders, CaseAccess access, ReportHandoff reports,
			CaseNotices notices, CaseDeadlines deadlines, Screening screening, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.screening = screening;
		this.ladders = ladders;
		this.access = access;
		this.reports = reports;
		this.notices = notices;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What opening a case needs: whom it is about, a title, and the report it comes from.
	 */
	public record CaseDraft(String subjectRef, String title, @Nullable Long reportId) {
	}

	/** A file kept with an entry. */
	public record NewAttachment(String fileName, byte[] content) {
	}

	/**
	 * Opens a case about someone the handler's role reaches. From a report about a
	 * possible sexual offence by staff, the case starts on the statutory path.
	 */
	public long open(CaseDraft draft, CurrentUser by) {
		if (!this.access.mayOpenCases(by)) {
			throw new CaseRefused("cases.refused.mayNotOpen");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw new CaseRefused("cases.refused.titleNeeded");
		}
		PersonFacts subject = this.access.subjectFor(by, draft.subjectRef() == null ? "" : draft.subjectRef().strip())
			.orElseThrow(() -> new CaseRefused("cases.refused.subjectUnknown"));
		Optional<ReportHandoff.HandedReport> report = Optional.empty();
		if (draft.reportId() != null) {
			report = Optional.of(this.reports.forHandler(by, draft.reportId())
				.orElseThrow(() -> new CaseRefused("cases.refused.reportUnknown")));
		}
		long id = this.records.add(new CaseRecords.NewCase(subject.ref(), kindOf(subject.kind()),
				this.access.unitOf(subject), draft.title().strip(), by.getUsername(), draft.reportId(), now()));
		this.events.publishEvent(new CaseEvent(id, "OPENED", subject.ref(), kindOf(subject.kind()).name()));
		if (report.isPresent()) {
			this.reports.caseOpened(report.get().id(), id);
			if (report.get().possibleSexualOffenceByStaff() && subject.kind() == PersonKind.EMPLOYEE) {
				classify(id, CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR, by);
			}
		}
		return id;
	}

	/**
	 * Opens a case for the viewer, when they may see it. Every read is audited, and so is
	 * a refusal, which looks the same as a case that does not exist.
	 */
	public Optional<Case> read(CurrentUser viewer, long id) {
		Optional<Case> found = this.records.find(id).filter(candidate -> this.access.maySee(viewer, candidate));
		this.events.publishEvent(new CaseEvent(id, found.isPresent() ? "READ" : "OPEN_REFUSED",
				found.map(Case::subjectRef).orElse(null), null));
		return found;
	}

	/** The cases the viewer may see, open ones first, then the newest. */
	@Transactional(readOnly = true)
	public List<Case> visibleTo(CurrentUser viewer) {
		List<Case> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			CaseList list = visibleTo(viewer, page, CaseList.SIZE);
			all.addAll(list.cases());
			if (!list.hasNext()) {
				return all;
			}
		}
	}

	/**
	 * One page of the cases the viewer may see, open ones first, then the newest: only
	 * that page's cases are read, with their entries and tasks.
	 * @param page from 0
	 */
	@Transactional(readOnly = true)
	public CaseList visibleTo(CurrentUser viewer, int page, int size) {
		int from = Math.max(page, 0);
		List<Case> found = this.records.page(this.access.visibleTo(viewer), (long) from * size, size);
		// the condition says what maySee says; maySee still decides
		List<Case> visible = found.stream().limit(size).filter(this.access.maySee(viewer)).toList();
		return new CaseList(visible, from, found.size() > size);
	}

	/**
	 * A page of cases.
	 *
	 * @param page from 0
	 * @param hasNext whether a next page holds more
	 */
	public record CaseList(List<Case> cases, int page, boolean hasNext) {

		/** Cases on one page of the list. */
		public static final int SIZE = 50;

		public boolean hasPrevious() {
			return this.page > 0;
		}

	}

	/** The next steps of the case's ladder, with why a step is not open yet. */
	@Transactional(readOnly = true)
	public List<SanctionLadder.StepOption> nextSteps(Case found) {
		return ladderOf(found).nextSteps(history(found));
	}

	public SanctionLadder ladderOf(Case found) {
		return this.ladders.forSubject(found.subjectKind());
	}

	/** Who may see the case and so can get a task on it. */
	@Transactional(readOnly = true)
	public List<String> colleaguesOn(Case found) {
		return this.access.colleaguesOn(found);
	}

	/** Takes a ladder step, when the ladder has it open. */
	public long takeStep(long id, String stepCode, String text, @Nullable Instant happenedAt, CurrentUser by) {
		Case found = openCase(id, by);
		if (!ladderOf(found).isOpen(stepCode, history(found))) {
			throw new CaseRefused("cases.refused.stepNotOpen");
		}
		long entry = addEntry(found, CaseEntry.Kind.STEP, stepCode, text, null, null, happenedAt, by);
		this.events.publishEvent(new CaseEvent(id, "STEP_TAKEN", found.subjectRef(), stepCode));
		return entry;
	}

	/** 4.3: the bestuurder acknowledges a measure, which only then takes effect. */
	public void acknowledge(long id, long entryId, CurrentUser bestuurder) {
		Case found = visible(id, bestuurder);
		if (!bestuurder.has(Role.BESTUURDER)) {
			throw new CaseRefused("cases.refused.onlyBestuurder");
		}
		CaseEntry entry = found.entries()
			.stream()
			.filter(candidate -> candidate.id() == entryId && candidate.kind() == CaseEntry.Kind.STEP)
			.findFirst()
			.orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
		if (entry.acknowledgedAt() == null) {
			this.records.acknowledge(entryId, bestuurder.getUsername(), now());
			this.events.publishEvent(new CaseEvent(id, "MEASURE_ACKNOWLEDGED", found.subjectRef(), entry.stepCode()));
		}
	}

	/**
	 * 4.2: the board called an employee's communication transgressive; the call to the
	 * Landelijke Vertrouwensinspecteur becomes the bestuur's task.
	 */
	public void markTransgressive(long id, CurrentUser by) {
		Case found = openCase(id, by);
		if (!by.has(Role.BESTUURDER) && !by.has(Role.DIRECTEUR)) {
			throw new CaseRefused("cases.refused.onlyBoard");
		}
		if (found.subjectKind() != SubjectKind.EMPLOYEE) {
			throw new CaseRefused("cases.refused.onlyEmployees");
		}
		if (found.transgressive()) {
			return;
		}
		this.records.markTransgressive(id);
		addEntry(found, CaseEntry.Kind.NOTE, null, "Gekwalificeerd als grensoverschrijdend (4.2)", null, null, null,
				by);
		addTask(found,
				"Meld telefonisch bij de Landelijke Vertrouwensinspecteur (0900-1113111) en leg het gesprek vast",
				CaseEntry.Kind.INSPECTOR_CALL, null, Role.BESTUURDER, now().plus(this.deadlines.inspectorCall()), by);
		this.events.publishEvent(new CaseEvent(id, "MARKED_TRANSGRESSIVE", found.subjectRef(), null));
	}

	/**
	 * Records the call to the Landelijke Vertrouwensinspecteur (0900-1113111): when, who,
	 * summary.
	 */
	public void recordInspectorCall(long id, Instant calledAt, String summary, CurrentUser by) {
		Case found = openCase(id, by);
		if (summary == null || summary.isBlank()) {
			throw new CaseRefused("cases.refused.summaryNeeded");
		}
		addEntry(found, CaseEntry.Kind.INSPECTOR_CALL, null, summary, null, null, calledAt, by);
		this.events.publishEvent(new CaseEvent(id, "INSPECTOR_CALLED", found.subjectRef(), null));
	}

	/**
	 * Classifies a case about an employee as a possible sexual offence against a minor:
	 * the statutory path starts, the bestuur hears of it at once, and its steps become
	 * tasks.
	 */
	public void classify(long id, CaseClassification classification, CurrentUser by) {
		Case found = openCase(id, by);
		if (found.subjectKind() != SubjectKind.EMPLOYEE) {
			throw new CaseRefused("cases.refused.onlyEmployees");
		}
		if (found.classification() == classification) {
			return;
		}
		this.records.classify(id, classification);
		addEntry(found, CaseEntry.Kind.CLASSIFIED, null,
				"Gekwalificeerd als mogelijk zedendelict door een medewerker tegen een minderjarige leerling", null,
				null, null, by);
		this.events.publishEvent(new CaseEvent(id, "CLASSIFIED", found.subjectRef(), classification.name()));
		Instant now = now();
		if (by.has(Role.BESTUURDER)) {
			addEntry(found, CaseEntry.Kind.BESTUUR_INFORMED, null, "Het bestuur classificeerde de zaak zelf.", null,
					null, null, by);
		}
		else {
			addTask(found, "Informeer het bestuur direct, niet via een schoolleider", CaseEntry.Kind.BESTUUR_INFORMED,
					by.getUsername(), null, now.plus(this.deadlines.informBestuur()), by);
		}
		addTask(found, "Overleg direct met de vertrouwensinspecteur", CaseEntry.Kind.INSPECTOR_CONSULTED, null,
				Role.BESTUURDER, now.plus(this.deadlines.consultInspector()), by);
		this.notices.tellBestuur(id);
	}

	/**
	 * Records a step of the statutory path, in its order and by whom the law gives it to.
	 */
	public long recordStatutoryStep(long id, CaseEntry.Kind kind, @Nullable Instant happenedAt, String text,
			CurrentUser by) {
		Case found = openCase(id, by);
		StatutoryPath path = found.statutoryPath().orElseThrow(() -> new CaseRefused("cases.refused.noStatutoryPath"));
		StatutoryPath.Step step = switch (kind) {
			case BESTUUR_INFORMED -> StatutoryPath.Step.BESTUUR_INFORMED;
			case INSPECTOR_CONSULTED -> StatutoryPath.Step.INSPECTOR_CONSULTED;
			case SUSPICION_REASONABLE, SUSPICION_NOT_REASONABLE -> StatutoryPath.Step.SUSPICION_ASSESSED;
			default -> throw new CaseRefused("cases.refused.stepNotOpen");
		};
		if (path.next().filter(step::equals).isEmpty()) {
			throw new CaseRefused("cases.refused.stepNotOpen");
		}
		if (step.recordedBy() != null && !by.has(step.recordedBy())) {
			throw new CaseRefused("cases.refused.onlyBestuurder");
		}
		long entry = addEntry(found, kind, null, text, null, null, happenedAt, by);
		if (kind == CaseEntry.Kind.SUSPICION_REASONABLE) {
			addTask(found, "Doe aangifte bij de politie (redelijk vermoeden)", CaseEntry.Kind.POLICE_REPORT, null,
					Role.BESTUURDER, now().plus(this.deadlines.policeReport()), by);
		}
		if (kind == CaseEntry.Kind.SUSPICION_NOT_REASONABLE) {
			this.records.finishTasks("t.case_id = :case and t.done_by_entry = 'POLICE_REPORT'", Map.of("case", id),
					by.getUsername(), now());
		}
		this.events.publishEvent(new CaseEvent(id, kind.name(), found.subjectRef(), null));
		return entry;
	}

	/**
	 * 3.1.9, 4.5: a police report or aangifte, with its date and the police's reference.
	 */
	public long recordPoliceReport(long id, @Nullable Instant madeAt, String reference, String text, CurrentUser by) {
		Case found = openCase(id, by);
		if (reference == null || reference.isBlank()) {
			throw new CaseRefused("cases.refused.referenceNeeded");
		}
		if (reference.strip().length() > 100) {
			throw new CaseRefused("cases.refused.referenceTooLong");
		}
		long entry = addEntry(found, CaseEntry.Kind.POLICE_REPORT, null, text, null, reference.strip(), madeAt, by);
		this.events.publishEvent(new CaseEvent(id, "POLICE_REPORTED", found.subjectRef(), null));
		return entry;
	}

	/**
	 * A note on the timeline: a conversation record, a letter, with files (PDF, JPEG,
	 * PNG).
	 */
	public long addNote(long id, String text, List<NewAttachment> files, CurrentUser by) {
		Case found = openCase(id, by);
		List<NewAttachment> kept = files.stream()
			.filter(file -> file.content().length > 0)
			.map(this::withoutImageMetadata)
			.toList();
		if (kept.size() > MAX_ATTACHMENTS) {
			throw new CaseRefused("cases.refused.tooManyFiles");
		}
		List<String> types = kept.stream().map(file -> {
			String type = FileSignatures.contentType(file.content()).orElse(null);
			if (type == null || file.content().length > MAX_ATTACHMENT_BYTES) {
				throw new CaseRefused("cases.refused.file");
			}
			return type;
		}).toList();
		long entry = addEntry(found, CaseEntry.Kind.NOTE, null, text, null, null, null, by);
		for (int i = 0; i < kept.size(); i++) {
			this.records.attach(entry, fileName(kept.get(i).fileName(), types.get(i)), types.get(i),
					kept.get(i).content());
		}
		this.events.publishEvent(new CaseEvent(id, "NOTE_ADDED", found.subjectRef(), kept.size() + " files"));
		return entry;
	}

	/**
	 * A photo or scan is kept re-encoded from its pixels: no location or other metadata,
	 * nothing hidden in the file. A PDF is kept as it came.
	 */
	private NewAttachment withoutImageMetadata(NewAttachment file) {
		if (file.content().length > MAX_ATTACHMENT_BYTES || FileSignatures.imageType(file.content()).isEmpty()) {
			return file;
		}
		try {
			return new NewAttachment(file.fileName(), this.screening.withoutMetadata(file.content()));
		}
		catch (UnreadableImage ex) {
			throw new CaseRefused("cases.refused.file");
		}
	}

	/** A file kept with the case, for someone who may see the case. */
	@Transactional(readOnly = true)
	public Optional<CaseRecords.StoredAttachment> attachment(CurrentUser viewer, long id, long attachmentId) {
		return this.records.find(id)
			.filter(found -> this.access.maySee(viewer, found))
			.flatMap(found -> this.records.attachment(id, attachmentId).map(file -> {
				this.events.publishEvent(new CaseEvent(id, "FILE_READ", found.subjectRef(), file.fileName()));
				return file;
			}));
	}

	/**
	 * A correction is a new entry that refers to the one it corrects; nothing is edited.
	 */
	public long correct(long id, long entryId, String text, CurrentUser by) {
		Case found = openCase(id, by);
		if (found.entries().stream().noneMatch(entry -> entry.id() == entryId)) {
			throw new CaseRefused("cases.refused.notFound");
		}
		long entry = addEntry(found, CaseEntry.Kind.CORRECTION, null, text, entryId, null, null, by);
		this.events.publishEvent(new CaseEvent(id, "CORRECTED", found.subjectRef(), "entry " + entryId));
		return entry;
	}

	/** A task for someone who may see the case, due on a day. */
	public long addTask(long id, String what, String assignee, @Nullable Instant dueAt, CurrentUser by) {
		Case found = openCase(id, by);
		if (what == null || what.isBlank()) {
			throw new CaseRefused("cases.refused.taskNeeded");
		}
		if (dueAt == null || dueAt.isBefore(now().minus(java.time.Duration.ofDays(1)))) {
			throw new CaseRefused("cases.refused.dueNeeded");
		}
		if (!this.access.colleaguesOn(found).contains(assignee)) {
			throw new CaseRefused("cases.refused.assignee");
		}
		return addTask(found, what.strip(), null, assignee, null, dueAt, by);
	}

	/**
	 * Marks a task done by hand; a task the protocol sets is done by recording its entry.
	 */
	public void finishTask(long id, long taskId, CurrentUser by) {
		Case found = openCase(id, by);
		CaseTask task = found.tasks()
			.stream()
			.filter(candidate -> candidate.id() == taskId)
			.findFirst()
			.orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
		if (task.doneByEntry() != null) {
			throw new CaseRefused("cases.refused.taskNeedsEntry");
		}
		if (!task.isDone()) {
			this.records.finishTasks("t.id = :task", Map.of("task", taskId), by.getUsername(), now());
			addEntry(found, CaseEntry.Kind.TASK_DONE, null, "Taak afgerond: " + task.what(), null, null, null, by);
		}
	}

	public void close(long id, String reason, CurrentUser by) {
		Case found = openCase(id, by);
		found.checkClosable();
		if (reason == null || reason.isBlank()) {
			throw new CaseRefused("cases.refused.reasonNeeded");
		}
		addEntry(found, CaseEntry.Kind.CLOSED, null, reason, null, null, null, by);
		this.records.close(id, now());
		this.events.publishEvent(new CaseEvent(id, "CLOSED", found.subjectRef(), null));
	}

	/** A case as it is now, without checking who asks: for the rules. */
	Case get(long id) {
		return this.records.find(id).orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
	}

	private Case visible(long id, CurrentUser by) {
		return this.records.find(id)
			.filter(found -> this.access.maySee(by, found))
			.orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
	}

	private Case openCase(long id, CurrentUser by) {
		Case found = visible(id, by);
		found.checkOpen();
		return found;
	}

	/**
	 * What counts for the ladder: steps in effect in this case, and whether the subject
	 * had earlier cases.
	 */
	private SanctionLadder.CaseHistory history(Case found) {
		return new SanctionLadder.CaseHistory(found.stepsInEffect(ladderOf(found)),
				this.records.hadEarlierCases(found.subjectRef(), found.id()));
	}

	private long addEntry(Case found, CaseEntry.Kind kind, @Nullable String step, String text, @Nullable Long corrects,
			@Nullable String reference, @Nullable Instant happenedAt, CurrentUser by) {
		if (text == null || text.isBlank()) {
			throw new CaseRefused("cases.refused.textNeeded");
		}
		if (text.length() > 5000) {
			throw new CaseRefused("cases.refused.textTooLong");
		}
		Instant now = now();
		if (happenedAt != null && happenedAt.isAfter(now)) {
			throw new CaseRefused("cases.refused.future");
		}
		long entry = this.records.addEntry(new CaseRecords.NewEntry(found.id(), kind, step, text.strip(), corrects,
				reference, by.getUsername(), happenedAt == null ? now : happenedAt, now));
		// a task the protocol set is done by recording what it asked for
		this.records.finishTasks("t.case_id = :case and t.done_by_entry = :kind",
				Map.of("case", found.id(), "kind", kind.name()), by.getUsername(), now);
		return entry;
	}

	private long addTask(Case found, String what, CaseEntry.@Nullable Kind doneBy, @Nullable String assignee,
			@Nullable Role role, Instant dueAt, CurrentUser by) {
		long task = this.records
			.addTask(new CaseRecords.NewTask(found.id(), what, doneBy, assignee, role, dueAt, by.getUsername(), now()));
		this.events.publishEvent(new CaseEvent(found.id(), "TASK_SET", found.subjectRef(), what));
		return task;
	}

	private static String fileName(String given, String type) {
		String base = given == null ? "" : given.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
		if (base.isEmpty() || base.length() > 150) {
			base = "bijlage";
		}
		String extension = switch (type) {
			case FileSignatures.PDF -> ".pdf";
			case FileSignatures.PNG -> ".png";
			default -> ".jpg";
		};
		return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? base : base + extension;
	}

	private static SubjectKind kindOf(PersonKind kind) {
		return switch (kind) {
			case EMPLOYEE -> SubjectKind.EMPLOYEE;
			case STUDENT -> SubjectKind.STUDENT;
			case GUARDIAN -> SubjectKind.GUARDIAN;
		};
	}

	private Instant now() {
		return this.clock.instant();
	}

}
