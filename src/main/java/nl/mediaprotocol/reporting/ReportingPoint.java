package nl.mediaprotocol.reporting;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.UnreadableImage;
import nl.mediaprotocol.system.FileSignatures;
import nl.mediaprotocol.system.Mailer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting point (3.1.9, 3.1.10): takes reports, anonymous ones too, gives anonymous
 * reporters a receipt to follow up with, shows each report only to its recipients and
 * whom they share it with, and escalates what is not acknowledged in time.
 */
@Service
@Transactional
class ReportingPoint {

	private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int MAX_IMAGES = 5;

	static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

	private final Reports reports;

	private final Directory directory;

	private final AccountRegistry accounts;

	private final ReportingProperties properties;

	private final ApplicationEventPublisher events;

	private final Mailer mailer;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	// a slow hash: a receipt secret cannot be guessed from a copy of the database
	private final BCryptPasswordEncoder secrets = new BCryptPasswordEncoder(12);

	/** A hash to compare with when a receipt is unknown, so that both take as long. */
	private final String decoyHash;

	private final SourceLimiter reportLimit;

	private final SourceLimiter followUpLimit;

	private final Screening screening;

	ReportingPoint(Reports reports, Directory directory, AccountRegistry accounts, ReportingProperties properties,
			Screening screening, ApplicationEventPublisher events, Mailer mailer, Clock clock) {
		this.reports = reports;
		this.screening = screening;
		this.directory = directory;
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
		this.mailer = mailer;
		this.clock = clock;
		this.decoyHash = this.secrets.encode("decoy");
		this.reportLimit = new SourceLimiter(properties.reportsPerHour(), clock);
		this.followUpLimit = new SourceLimiter(properties.followUpsPerHour(), clock);
	}

	private byte[] withoutMetadata(byte[] image) {
		try {
			return this.screening.withoutMetadata(image);
		}
		catch (UnreadableImage ex) {
			throw new ReportRefused("reporting.refused.image");
		}
	}

	/** What the reporter fills in. */
	record Draft(ReportCategory category, boolean sexualImages, String what, @Nullable String platform,
			@Nullable String link, @Nullable LocalDate happenedOn, @Nullable String involved, String unitCode,
			Level addressedTo) {
	}

	/** What an anonymous reporter keeps: shown once, never again. */
	record Receipt(long reportId, String code, @Nullable String secret) {

		public String formattedCode() {
			return this.code.replaceAll("(\\d{4})(?=\\d)", "$1-");
		}

	}

	/**
	 * Files a report. Without a signed-in reporter it is anonymous: nothing about the
	 * reporter is kept, and the receipt with its secret is the only way back to it.
	 */
	Receipt file(Draft draft, @Nullable CurrentUser reporter, List<MultipartFile> images, String source)
			throws IOException {
		if (!this.reportLimit.tryAcquire(source)) {
			throw new ReportRefused("reporting.refused.tooMany");
		}
		if (draft.what() == null || draft.what().isBlank()) {
			throw new ReportRefused("reporting.refused.whatNeeded");
		}
		if (this.directory.unit(draft.unitCode()).isEmpty()) {
			throw new ReportRefused("reporting.refused.unit");
		}
		if (draft.link() != null && !draft.link().isBlank() && !draft.link().strip().matches("(?i)https?://\\S+")) {
			throw new ReportRefused("reporting.refused.link");
		}
		if (draft.happenedOn() != null && draft.happenedOn().isAfter(LocalDate.now(this.clock))) {
			throw new ReportRefused("reporting.refused.future");
		}
		// 3.1.9: sexual images of minors are never copied, saved or forwarded, not even
		// to
		// the school
		ReportCategory category = draft.sexualImages() ? ReportCategory.SEXTING : draft.category();
		List<MultipartFile> files = images.stream().filter(file -> file != null && !file.isEmpty()).toList();
		if (!files.isEmpty() && !category.imagesAllowed()) {
			throw new ReportRefused("reporting.refused.noImages");
		}
		if (files.size() > MAX_IMAGES) {
			throw new ReportRefused("reporting.refused.tooManyImages");
		}
		List<byte[]> contents = new ArrayList<>();
		List<String> types = new ArrayList<>();
		for (MultipartFile file : files) {
			byte[] content = file.getBytes();
			if (content.length > MAX_IMAGE_BYTES || FileSignatures.imageType(content).isEmpty()) {
				throw new ReportRefused("reporting.refused.image");
			}
			// kept re-encoded from its pixels: no location or other metadata of the
			// reporter's phone, nothing hidden in the file
			byte[] cleaned = withoutMetadata(content);
			contents.add(cleaned);
			types.add(FileSignatures.imageType(cleaned).orElseThrow());
		}
		// the statutory duty: a possible sexual offence by staff goes to the bestuur
		// directly
		Level addressedTo = category.goesToBestuurDirectly() ? Level.BESTUUR : draft.addressedTo();
		Instant now = this.clock.instant();
		String code = newReceiptCode();
		String secret = reporter == null ? newSecret() : null;
		long id = this.reports.add(new Reports.NewReport(code, secret == null ? null : this.secrets.encode(secret),
				reporter == null ? null : reporter.getUsername(), reporter == null ? null : reporter.personRef(),
				category, draft.what().strip(), blankToNull(draft.platform()), blankToNull(draft.link()),
				draft.happenedOn(), blankToNull(draft.involved()), draft.unitCode(), addressedTo, now,
				now.plus(this.properties.acknowledgeWithin()), now.plus(this.properties.feedbackWithin())));
		for (int i = 0; i < contents.size(); i++) {
			String type = types.get(i);
			this.reports.addEvidence(id,
					"schermafbeelding-" + (i + 1) + (FileSignatures.PNG.equals(type) ? ".png" : ".jpg"), type,
					contents.get(i), now);
		}
		this.events.publishEvent(new ReportEvent(id, "FILED", reporter == null, category.name()));
		notifyRecipients(this.reports.find(id).orElseThrow(), addressedTo, "reporting.mail.new");
		return new Receipt(id, code, secret);
	}

	/**
	 * The report behind a receipt, when the secret fits; the same answer for any
	 * mismatch.
	 */
	@Transactional(readOnly = true)
	Optional<Report> follow(String code, String secret, String source) {
		if (!this.followUpLimit.tryAcquire(source)) {
			throw new ReportRefused("reporting.refused.tooManyTries");
		}
		String digits = code == null ? "" : code.replaceAll("\\D", "");
		Optional<Report> report = digits.length() < 16 ? Optional.empty() : this.reports.byReceipt(digits);
		String hash = report.map(found -> this.reports.secretHash(found.id())).orElse(null);
		boolean matches = this.secrets.matches(secret == null ? "" : secret.strip().toUpperCase(Locale.ROOT),
				hash == null ? this.decoyHash : hash);
		return matches && hash != null ? report : Optional.empty();
	}

	/** The anonymous reporter adds information or answers a question. */
	void addFromReporter(String code, String secret, String text, String source) {
		Report report = follow(code, secret, source).orElseThrow(() -> new ReportRefused("reporting.follow.unknown"));
		if (text == null || text.isBlank()) {
			throw new ReportRefused("reporting.refused.whatNeeded");
		}
		this.reports.addMessage(report.id(), true, null, text.strip(), this.clock.instant());
		this.events.publishEvent(new ReportEvent(report.id(), "REPORTER_ADDED", true, null));
	}

	/**
	 * The reports a person may handle: addressed or escalated to their role for the unit,
	 * or shared.
	 */
	@Transactional(readOnly = true)
	List<Report> inbox(CurrentUser user) {
		return this.reports.all("1 = 1").stream().filter(report -> mayHandle(user, report)).toList();
	}

	/** Opens a report for a recipient; every read is recorded. */
	Report open(CurrentUser user, long id) {
		Report report = this.reports.find(id)
			.filter(found -> mayHandle(user, found))
			.orElseThrow(() -> new ReportRefused("reporting.refused.notFound"));
		this.events.publishEvent(new ReportEvent(id, "READ", false, null));
		return report;
	}

	@Transactional(readOnly = true)
	List<Reports.Message> messages(long id) {
		return this.reports.messages(id);
	}

	@Transactional(readOnly = true)
	List<Reports.Evidence> evidence(long id) {
		return this.reports.evidence(id);
	}

	@Transactional(readOnly = true)
	List<String> sharedWith(long id) {
		return this.reports.sharedWith(id);
	}

	void acknowledge(CurrentUser user, long id) {
		open(user, id);
		this.reports.acknowledge(id, user.getUsername(), this.clock.instant());
		this.events.publishEvent(new ReportEvent(id, "ACKNOWLEDGED", false, null));
	}

	void ask(CurrentUser user, long id, String question) {
		Report report = open(user, id);
		if (question == null || question.isBlank()) {
			throw new ReportRefused("reporting.refused.whatNeeded");
		}
		this.reports.addMessage(id, false, user.getUsername(), question.strip(), this.clock.instant());
		if (report.status() == Report.Status.RECEIVED) {
			this.reports.acknowledge(id, user.getUsername(), this.clock.instant());
		}
		this.events.publishEvent(new ReportEvent(id, "QUESTION_ASKED", false, null));
	}

	void reclassify(CurrentUser user, long id, ReportCategory category) {
		Report report = open(user, id);
		this.reports.reclassify(id, category);
		this.events.publishEvent(new ReportEvent(id, "CLASSIFIED", false, category.name()));
		if (category.goesToBestuurDirectly() && report.currentLevel() != Level.BESTUUR) {
			// the moment it is classified so, the bestuur has it: not through a school
			// leader
			Instant now = this.clock.instant();
			this.reports.escalate(id, Level.BESTUUR, now, now.plus(this.properties.acknowledgeWithin()));
			this.events.publishEvent(new ReportEvent(id, "ESCALATED", false, Level.BESTUUR.name()));
			notifyRecipients(report, Level.BESTUUR, "reporting.mail.escalated");
		}
	}

	/** Closes with a reason the reporter can read. */
	void close(CurrentUser user, long id, String reason) {
		Report report = open(user, id);
		if (reason == null || reason.isBlank()) {
			throw new ReportRefused("reporting.refused.reasonNeeded");
		}
		if (report.status() == Report.Status.RECEIVED) {
			this.reports.acknowledge(id, user.getUsername(), this.clock.instant());
		}
		this.reports.close(id, reason.strip(), this.clock.instant());
		this.events.publishEvent(new ReportEvent(id, "CLOSED", false, null));
	}

	/** 3.1.9, 4.5: records that the police or justice step was taken. */
	void policeStepDone(CurrentUser user, long id) {
		open(user, id);
		this.reports.policeStepDone(id, user.getUsername(), this.clock.instant());
		this.events.publishEvent(new ReportEvent(id, "POLICE_STEP_DONE", false, null));
	}

	/**
	 * Shares the report with one named colleague, who may then read and handle it too.
	 */
	void share(CurrentUser user, long id, String username) {
		open(user, id);
		String colleague = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!this.accounts.exists(colleague)) {
			throw new ReportRefused("reporting.refused.noSuchColleague");
		}
		this.reports.share(id, colleague, user.getUsername(), this.clock.instant());
		this.events.publishEvent(new ReportEvent(id, "SHARED", false, colleague));
	}

	@Scheduled(cron = "${mediaprotocol.reporting.escalation-cron:0 0 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "reporting-escalation", lockAtLeastFor = "PT1M")
	void everyHour() {
		escalateOverdue();
	}

	/**
	 * Moves every report not acknowledged by its due time, or not closed by the feedback
	 * due time, to the next level and tells it.
	 */
	int escalateOverdue() {
		Instant now = this.clock.instant();
		int escalated = 0;
		for (Report report : this.reports.all("status <> 'CLOSED'")) {
			boolean ackLate = report.status() == Report.Status.RECEIVED && now.isAfter(report.acknowledgeDueAt());
			boolean feedbackLate = now.isAfter(report.feedbackDueAt()) && report.escalatedTo() == null;
			Level next = report.currentLevel().next();
			if ((ackLate || feedbackLate) && next != null) {
				this.reports.escalate(report.id(), next, now, now.plus(this.properties.acknowledgeWithin()));
				this.events.publishEvent(new ReportEvent(report.id(), "ESCALATED", false, next.name()));
				notifyRecipients(report, next, "reporting.mail.escalated");
				escalated++;
			}
		}
		return escalated;
	}

	boolean mayHandle(CurrentUser user, Report report) {
		if (this.reports.sharedWith(report.id()).contains(user.getUsername())) {
			return true;
		}
		Set<String> path = unitPath(report.unitCode());
		return user.grants()
			.stream()
			.anyMatch(grant -> (grant.role() == report.addressedTo().role()
					|| (report.escalatedTo() != null && grant.role() == report.escalatedTo().role()))
					&& covers(grant, path));
	}

	private static boolean covers(RoleGrant grant, Set<String> unitPath) {
		return grant.isBoardWide() || unitPath.contains(grant.unitCode());
	}

	private Set<String> unitPath(String unitCode) {
		return this.directory.unitPath(unitCode);
	}

	private void notifyRecipients(Report report, Level level, String key) {
		if (!this.mailer.isAvailable()) {
			return;
		}
		Set<String> path = unitPath(report.unitCode());
		List<String> refs = this.accounts.holdersOf(level.role())
			.stream()
			.filter(holder -> holder.unitCode() == null || path.contains(holder.unitCode()))
			.map(AccountRegistry.RoleHolder::personRef)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		for (PersonFacts person : this.directory.facts(refs)) {
			// no content of the report in the mail: it is read in the application, where
			// every read is recorded
			this.mailer.send(person.email(), key, new Object[] { report.id() },
					new Object[] { person.firstName(), report.id(), this.mailer.link("/reports/" + report.id()) });
		}
	}

	private String newReceiptCode() {
		StringBuilder code = new StringBuilder();
		code.append(1 + this.random.nextInt(9));
		while (code.length() < 16) {
			code.append(this.random.nextInt(10));
		}
		return code.toString();
	}

	private String newSecret() {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			secret.append(SECRET_ALPHABET.charAt(this.random.nextInt(SECRET_ALPHABET.length())));
		}
		return secret.toString();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
