package nl.mediaprotocol.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.cases.CaseBook;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.Mailer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only path to closer monitoring (3.1.11): a manager asks, on a concrete suspicion,
 * for a limited period; the FG advises; only with a positive advice (and its conditions
 * confirmed) does ICT start; what ICT finds goes only to the requesting manager and the
 * FG. A request closes itself at the end of its period.
 */
@Service
@Transactional
class MonitoringDesk {

	static final Set<Role> MANAGERS = Set.of(Role.TEAMLEIDER, Role.DIRECTEUR);

	private final MonitoringRecords records;

	private final Directory directory;

	private final AccountRegistry accounts;

	private final CaseBook cases;

	private final MonitoringProperties properties;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonitoringDesk(MonitoringRecords records, Directory directory, AccountRegistry accounts, CaseBook cases,
			MonitoringProperties properties, Mailer mailer, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.directory = directory;
		this.accounts = accounts;
		this.cases = cases;
		this.properties = properties;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/** What a manager asks for. */
	record Draft(String personRef, String suspicion, @Nullable Long caseId, String scope, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {
	}

	/**
	 * A request as one viewer may see it: ICT never reads the suspicion nor the findings.
	 */
	record View(MonitoringRequest request, @Nullable PersonFacts person, boolean seesSuspicion, boolean seesFindings,
			List<MonitoringRecords.Finding> findings, int findingCount, boolean isRequester, boolean isFg,
			boolean isIct) {
	}

	long request(Draft draft, CurrentUser manager) {
		if (MANAGERS.stream().noneMatch(manager::has)) {
			throw new MonitoringRefused("monitoring.refused.onlyManagers");
		}
		String ref = draft.personRef() == null ? "" : draft.personRef().strip();
		PersonFacts person = reachable(manager, ref)
			.orElseThrow(() -> new MonitoringRefused("monitoring.refused.personUnknown"));
		String suspicion = draft.suspicion() == null ? "" : draft.suspicion().strip();
		if (suspicion.split("\\s+").length < this.properties.minSuspicionWords()) {
			throw new MonitoringRefused("monitoring.refused.suspicionTooThin");
		}
		if (suspicion.length() > 4000) {
			throw new MonitoringRefused("monitoring.refused.tooLong");
		}
		String scope = draft.scope() == null ? "" : draft.scope().strip();
		if (scope.isEmpty()) {
			throw new MonitoringRefused("monitoring.refused.scopeNeeded");
		}
		if (scope.length() > 1000) {
			throw new MonitoringRefused("monitoring.refused.tooLong");
		}
		checkPeriod(draft.startsOn(), draft.endsOn());
		if (draft.caseId() != null && this.cases.read(manager, draft.caseId()).isEmpty()) {
			throw new MonitoringRefused("monitoring.refused.caseUnknown");
		}
		long id = this.records
			.add(new MonitoringRecords.NewRequest(person.ref(), person.unitCode(), manager.getUsername(), suspicion,
					draft.caseId(), scope, draft.startsOn(), draft.endsOn(), null, this.clock.instant()));
		this.events.publishEvent(new MonitoringEvent(id, "REQUESTED", person.ref(), null));
		tell(Role.FG, "monitoring.mail.advice", id);
		return id;
	}

	/**
	 * The FG advises; without reasons no advice, and conditions when agreeing with them.
	 */
	void advise(long id, @Nullable MonitoringAdvice advice, String reasons, @Nullable String conditions,
			CurrentUser fg) {
		if (!fg.has(Role.FG)) {
			throw new MonitoringRefused("monitoring.refused.onlyFg");
		}
		MonitoringRequest request = find(id);
		if (request.status() != MonitoringRequest.Status.AWAITING_ADVICE) {
			throw new MonitoringRefused("monitoring.refused.advised");
		}
		if (advice == null) {
			throw new MonitoringRefused("monitoring.refused.adviceNeeded");
		}
		if (reasons == null || reasons.isBlank()) {
			throw new MonitoringRefused("monitoring.refused.reasonsNeeded");
		}
		boolean withConditions = advice == MonitoringAdvice.AGREE_WITH_CONDITIONS;
		if (withConditions && (conditions == null || conditions.isBlank())) {
			throw new MonitoringRefused("monitoring.refused.conditionsNeeded");
		}
		this.records.advise(id, advice, reasons.strip(), withConditions ? conditions.strip() : null, fg.getUsername(),
				this.clock.instant());
		this.events.publishEvent(new MonitoringEvent(id, "ADVISED", request.personRef(), advice.name()));
		tellUser(request.requestedBy(), "monitoring.mail.advised", id);
		if (advice.isPositive()) {
			tell(Role.ICT, "monitoring.mail.ready", id);
		}
	}

	/**
	 * ICT starts: only after a positive advice, its conditions confirmed, within the
	 * period.
	 */
	void start(long id, boolean conditionsConfirmed, CurrentUser ict) {
		if (!ict.has(Role.ICT)) {
			throw new MonitoringRefused("monitoring.refused.onlyIct");
		}
		MonitoringRequest request = find(id);
		request.checkMayStart(LocalDate.now(this.clock), conditionsConfirmed);
		this.records.start(id, ict.getUsername(), request.hasConditions() && conditionsConfirmed, this.clock.instant());
		this.events.publishEvent(new MonitoringEvent(id, "STARTED", request.personRef(), null));
	}

	/** ICT reports what it did and found, to the requesting manager and the FG. */
	void report(long id, String whatWasDone, String findings, CurrentUser ict) {
		if (!ict.has(Role.ICT)) {
			throw new MonitoringRefused("monitoring.refused.onlyIct");
		}
		MonitoringRequest request = find(id);
		if (request.startedAt() == null) {
			throw new MonitoringRefused("monitoring.refused.notStarted");
		}
		if (whatWasDone == null || whatWasDone.isBlank() || findings == null || findings.isBlank()) {
			throw new MonitoringRefused("monitoring.refused.findingsNeeded");
		}
		if (whatWasDone.length() > 4000 || findings.length() > 4000) {
			throw new MonitoringRefused("monitoring.refused.tooLong");
		}
		this.records.addFinding(id, whatWasDone.strip(), findings.strip(), ict.getUsername(), this.clock.instant());
		this.events.publishEvent(new MonitoringEvent(id, "FINDINGS_REPORTED", request.personRef(), null));
		tellUser(request.requestedBy(), "monitoring.mail.findings", id);
	}

	/** The requesting manager withdraws the request. */
	void withdraw(long id, CurrentUser manager) {
		MonitoringRequest request = find(id);
		if (!request.requestedBy().equals(manager.getUsername())) {
			throw new MonitoringRefused("monitoring.refused.notFound");
		}
		if (!request.isOpen()) {
			throw new MonitoringRefused("monitoring.refused.closed");
		}
		this.records.close(id, MonitoringRequest.CloseReason.WITHDRAWN, this.clock.instant());
		this.events.publishEvent(new MonitoringEvent(id, "WITHDRAWN", request.personRef(), null));
	}

	/**
	 * An extension is a new request right after this one, for the same person and scope,
	 * that needs its own advice of the FG.
	 */
	long extend(long id, @Nullable LocalDate until, String reason, CurrentUser manager) {
		MonitoringRequest request = find(id);
		if (!request.requestedBy().equals(manager.getUsername())) {
			throw new MonitoringRefused("monitoring.refused.notFound");
		}
		if (request.status() != MonitoringRequest.Status.RUNNING
				&& request.status() != MonitoringRequest.Status.READY) {
			throw new MonitoringRefused("monitoring.refused.notExtendable");
		}
		if (reason == null || reason.strip().split("\\s+").length < this.properties.minSuspicionWords()) {
			throw new MonitoringRefused("monitoring.refused.suspicionTooThin");
		}
		LocalDate from = request.endsOn().plusDays(1);
		checkPeriod(from, until);
		long extension = this.records
			.add(new MonitoringRecords.NewRequest(request.personRef(), request.unitCode(), manager.getUsername(),
					reason.strip(), request.caseId(), request.scope(), from, until, id, this.clock.instant()));
		this.events
			.publishEvent(new MonitoringEvent(extension, "EXTENSION_REQUESTED", request.personRef(), "extends " + id));
		tell(Role.FG, "monitoring.mail.advice", extension);
		return extension;
	}

	/** A request as the viewer may see it; every read is audited, and so is a refusal. */
	Optional<View> read(CurrentUser viewer, long id) {
		Optional<View> view = this.records.find(id).flatMap(request -> view(viewer, request));
		this.events.publishEvent(new MonitoringEvent(id, view.isPresent() ? "READ" : "OPEN_REFUSED",
				view.map(found -> found.request().personRef()).orElse(null), null));
		return view;
	}

	/**
	 * The requests a viewer works on: their own, those ICT may act on, or for the FG all.
	 */
	@Transactional(readOnly = true)
	List<MonitoringRequest> listFor(CurrentUser viewer) {
		if (viewer.has(Role.FG)) {
			return this.records.requests("1 = 1", Map.of());
		}
		if (viewer.has(Role.ICT)) {
			return this.records.requests("status in ('READY', 'RUNNING') or started_by = :me",
					Map.of("me", viewer.getUsername()));
		}
		return this.records.requests("requested_by = :me", Map.of("me", viewer.getUsername()));
	}

	/** The FG's register: every request with its outcome, and how many reports it had. */
	@Transactional(readOnly = true)
	Map<Long, Long> findingCounts() {
		return this.records.findingCounts();
	}

	/** The FG exported the register. */
	record RegisterExported() implements nl.mediaprotocol.audit.AuditableEvent {

		@Override
		public String action() {
			return "MONITORING_REGISTER_EXPORTED";
		}

		@Override
		public nl.mediaprotocol.audit.AuditedRecord record() {
			return nl.mediaprotocol.audit.AuditedRecord.of(MonitoringEvent.RECORD_TYPE, "register");
		}

	}

	void registerExported(CurrentUser fg) {
		this.events.publishEvent(new RegisterExported());
	}

	@Scheduled(cron = "${mediaprotocol.monitoring.close-cron:0 5 0 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "monitoring-close-ended", lockAtLeastFor = "PT1M")
	void everyNight() {
		closeEnded();
	}

	/** Closes every request whose period has ended. */
	int closeEnded() {
		LocalDate today = LocalDate.now(this.clock);
		List<MonitoringRequest> ended = this.records
			.requests("status in ('AWAITING_ADVICE', 'READY', 'RUNNING') and ends_on < :today", Map.of("today", today));
		for (MonitoringRequest request : ended) {
			this.records.close(request.id(), MonitoringRequest.CloseReason.PERIOD_ENDED, this.clock.instant());
			this.events.publishEvent(new MonitoringEvent(request.id(), "CLOSED", request.personRef(), "PERIOD_ENDED"));
		}
		return ended.size();
	}

	private Optional<View> view(CurrentUser viewer, MonitoringRequest request) {
		boolean requester = request.requestedBy().equals(viewer.getUsername());
		boolean fg = viewer.has(Role.FG);
		boolean ict = viewer.has(Role.ICT) && (request.status() == MonitoringRequest.Status.READY
				|| request.status() == MonitoringRequest.Status.RUNNING
				|| viewer.getUsername().equals(request.startedBy()));
		if (Objects.equals(viewer.personRef(), request.personRef()) || !(requester || fg || ict)) {
			return Optional.empty();
		}
		boolean full = requester || fg;
		List<MonitoringRecords.Finding> findings = this.records.findings(request.id());
		return Optional.of(new View(request, this.directory.facts(request.personRef()).orElse(null), full, full,
				full ? findings : List.of(), findings.size(), requester, fg, ict));
	}

	private MonitoringRequest find(long id) {
		return this.records.find(id).orElseThrow(() -> new MonitoringRefused("monitoring.refused.notFound"));
	}

	private void checkPeriod(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
		if (startsOn == null || endsOn == null) {
			throw new MonitoringRefused("monitoring.refused.periodNeeded");
		}
		if (startsOn.isBefore(LocalDate.now(this.clock)) || endsOn.isBefore(startsOn)) {
			throw new MonitoringRefused("monitoring.refused.periodInvalid");
		}
		if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > this.properties.maxPeriod().toDays()) {
			throw new MonitoringRefused("monitoring.refused.periodTooLong");
		}
	}

	/** Someone the manager's role reaches, never themselves. */
	private Optional<PersonFacts> reachable(CurrentUser manager, String ref) {
		if (ref.isEmpty() || ref.equals(manager.personRef()) || !this.directory.sees(manager, ref)) {
			return Optional.empty();
		}
		return this.directory.facts(ref).filter(person -> this.directory.reaches(manager, MANAGERS, person.unitCode()));
	}

	private void tell(Role role, String key, long id) {
		this.accounts.holdersOf(role).forEach(holder -> tellUser(holder.username(), key, id));
	}

	/** A mail with a link only: nothing about the person or the suspicion. */
	private void tellUser(String username, String key, long id) {
		if (!this.mailer.isAvailable()) {
			return;
		}
		this.accounts.personRefOf(username)
			.flatMap(this.directory::facts)
			.ifPresent(person -> this.mailer.send(person.email(), key, new Object[] { id },
					new Object[] { person.firstName(), id, this.mailer.link("/monitoring/" + id) }));
	}

}
