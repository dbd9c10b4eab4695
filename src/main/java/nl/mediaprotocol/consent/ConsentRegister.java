package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register (3.1.6): answers whether a person may appear for a purpose in a
 * medium, at any moment, and records decisions and withdrawals.
 */
@Service
@Transactional(readOnly = true)
public class ConsentRegister {

	/** The roles that record signed paper forms and see a person's consent history. */
	static final Set<Role> RECORDING_ROLES = EnumSet.of(Role.BEHEERDER, Role.DIRECTEUR, Role.TEAMLEIDER,
			Role.COMMUNICATIE);

	private final Purposes purposes;

	private final Decisions decisions;

	private final Directory directory;

	private final ConsentRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Scans scans;

	private final CoverageStates coverage;

	private final StudentTurns turns;

	ConsentRegister(Purposes purposes, Decisions decisions, Scans scans, CoverageStates coverage, StudentTurns turns,
			Directory directory, ConsentProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.purposes = purposes;
		this.coverage = coverage;
		this.turns = turns;
		this.scans = scans;
		this.decisions = decisions;
		this.directory = directory;
		this.rules = new ConsentRules(clock.getZone(), properties.guardianConsentLapsesAt16());
		this.events = events;
		this.clock = clock;
	}

	public List<Purpose> purposes() {
		return this.purposes.all();
	}

	public List<Purpose> activePurposes() {
		return this.purposes.active();
	}

	/** The answer now. */
	public ConsentDecision decision(String ref, String purpose, Medium medium) {
		return decision(ref, purpose, medium, now());
	}

	/** The answer as it was at a moment, from the decisions that still counted then. */
	public ConsentDecision decision(String ref, String purpose, Medium medium, Instant at) {
		Subject subject = subject(ref);
		Purpose found = this.purposes.byCode(purpose)
			.orElseThrow(() -> new ConsentRefused(RefusalReason.UNKNOWN_PURPOSE));
		return this.rules.decide(subject, purpose, medium, found.active(), found.versionAt(at),
				this.decisions.standing(ref, purpose, medium, at), at);
	}

	/**
	 * Every answer for several people at a moment: per person, per active purpose, per
	 * medium. Two queries, whatever the number of people.
	 */
	public Map<String, List<ConsentDecision>> decisions(List<PersonFacts> people, Instant at) {
		List<Purpose> active = this.purposes.active();
		List<String> refs = people.stream().map(PersonFacts::ref).toList();
		Map<String, List<RecordedDecision>> made = this.decisions.standing(refs, at)
			.stream()
			.collect(Collectors.groupingBy(RecordedDecision::subjectRef));
		Map<String, List<ConsentDecision>> answers = new HashMap<>();
		for (PersonFacts person : people) {
			answers.put(person.ref(), answers(person, active, made.getOrDefault(person.ref(), List.of()), at));
		}
		return answers;
	}

	/**
	 * One person's answers at a moment, per purpose of {@code active} (in its order) and
	 * medium, from the decisions about them that still count then
	 * ({@link #standing(String, Instant)}).
	 */
	List<ConsentDecision> answers(PersonFacts person, List<Purpose> active, List<RecordedDecision> standing,
			Instant at) {
		Subject subject = Subject.of(person);
		Map<String, List<RecordedDecision>> made = standing.stream()
			.collect(Collectors.groupingBy(decision -> decision.purpose() + "|" + decision.medium()));
		List<ConsentDecision> forPerson = new ArrayList<>();
		for (Purpose purpose : active) {
			for (Medium medium : Medium.values()) {
				forPerson.add(this.rules.decide(subject, purpose.code(), medium, true, purpose.versionAt(at),
						made.getOrDefault(purpose.code() + "|" + medium, List.of()), at));
			}
		}
		return forPerson;
	}

	/** A person's latest decisions, at most {@code limit}, newest first. */
	List<RecordedDecision> history(String ref, int limit) {
		return this.decisions.newest(ref, limit);
	}

	/** How many decisions were ever made about a person. */
	int historySize(String ref) {
		return this.decisions.count(ref);
	}

	/**
	 * The decisions about a person that still count at a moment: per purpose, medium,
	 * text version and decider the latest, oldest first.
	 */
	List<RecordedDecision> standing(String ref, Instant at) {
		return this.decisions.standing(List.of(ref), at);
	}

	/** Who decides for this person today. */
	Decider deciderFor(PersonFacts person) {
		return Subject.of(person).deciderOn(now().atZone(this.clock.getZone()).toLocalDate());
	}

	/**
	 * The refs of those who decide for a person today: the guardians of a student under
	 * 16, else the person.
	 */
	public List<String> decidersOf(PersonFacts person) {
		if (deciderFor(person) == Decider.GUARDIAN && person.kind() == PersonKind.STUDENT) {
			return person.guardianRefs();
		}
		return List.of(person.ref());
	}

	/**
	 * The people the signed-in person decides for today: themselves and children under
	 * 16.
	 */
	List<PersonFacts> decidesFor(CurrentUser user) {
		String own = user.personRef();
		if (own == null) {
			return List.of();
		}
		List<PersonFacts> found = new ArrayList<>();
		this.directory.facts(own).ifPresent(person -> {
			Instant now = now();
			if (this.rules.refusalOf(Subject.of(person), own, now).isEmpty()) {
				found.add(person);
			}
			this.directory.facts(person.studentRefs())
				.stream()
				.filter(child -> this.rules.refusalOf(Subject.of(child), own, now).isEmpty())
				.forEach(found::add);
		});
		return found;
	}

	/**
	 * Records one decision. In the portal the decider's own account records it; staff
	 * with a recording role record a signed paper form, with its scan.
	 */
	@Transactional
	public long record(DecisionRequest request, CurrentUser recorder) {
		Instant now = now();
		PersonFacts person = this.directory.facts(request.ref())
			.orElseThrow(() -> new ConsentRefused(RefusalReason.UNKNOWN_PERSON));
		Purpose purpose = this.purposes.byCode(request.purpose())
			.orElseThrow(() -> new ConsentRefused(RefusalReason.UNKNOWN_PURPOSE));
		if (!purpose.active()) {
			throw new ConsentRefused(RefusalReason.PURPOSE_INACTIVE);
		}
		switch (request.method()) {
			case PORTAL -> {
				if (!request.decidedByRef().equals(recorder.personRef())) {
					throw new ConsentRefused(RefusalReason.NOT_YOUR_DECISION);
				}
			}
			case PAPER -> {
				if (RECORDING_ROLES.stream().noneMatch(recorder::has)) {
					throw new ConsentRefused(RefusalReason.PAPER_NEEDS_STAFF);
				}
				if (request.scanId() == null) {
					throw new ConsentRefused(RefusalReason.SCAN_MISSING);
				}
			}
		}
		// one decision about a person at a time: the one after it sees it, in the answer
		// before
		// and in the decisions kept apart as standing
		this.turns.take(List.of(person.ref()));
		Subject subject = Subject.of(person);
		this.rules.refusalOf(subject, request.decidedByRef(), now).ifPresent(reason -> {
			throw new ConsentRefused(reason);
		});
		Decider decidedBy = request.decidedByRef().equals(subject.ref()) ? subject.deciderOn(dayOf(now))
				: Decider.GUARDIAN;
		ConsentDecision before = decision(request.ref(), purpose.code(), request.medium(), now);
		long id = this.decisions.add(new RecordedDecision(0, request.ref(), purpose.code(), request.medium(),
				request.granted(), request.decidedByRef(), decidedBy, request.method(), recorder.getUsername(), now,
				purpose.currentText().version(), request.scanId()));
		if (subject.isStudent()) {
			// the dashboards' count moves with the decision, in its transaction
			this.coverage.refresh(List.of(subject.ref()));
		}
		this.events.publishEvent(new ConsentDecisionRecorded(id, request.ref(), purpose.code(), request.medium(),
				request.granted(), request.decidedByRef(), request.method()));
		ConsentDecision after = decision(request.ref(), purpose.code(), request.medium(), now);
		if (before.allowed() && !after.allowed()) {
			// 3.1.6: a withdrawal takes effect at once; what shows the person comes down
			this.events.publishEvent(new ConsentWithdrawn(request.ref(), purpose.code(), request.medium(), now));
		}
		return id;
	}

	/**
	 * Records the choices on one signed paper form, with the scan of the form: all of
	 * them, or none when one is refused.
	 */
	@Transactional
	public void recordPaperForm(List<DecisionRequest> choices, org.springframework.web.multipart.MultipartFile scan,
			CurrentUser recorder) throws java.io.IOException {
		if (choices.isEmpty()) {
			return;
		}
		long scanId = this.scans.store(choices.getFirst().ref(), scan, recorder);
		for (DecisionRequest choice : choices) {
			record(new DecisionRequest(choice.ref(), choice.purpose(), choice.medium(), choice.granted(),
					choice.decidedByRef(), DecisionMethod.PAPER, scanId), recorder);
		}
	}

	/**
	 * Withdraws every consent the decider gave or that stands for the person: a no for
	 * every purpose and medium where the answer is now yes. Returns how many were
	 * withdrawn.
	 */
	@Transactional
	public int withdrawAll(String ref, String decidedByRef, CurrentUser recorder, DecisionMethod method,
			@Nullable Long scanId) {
		Instant now = now();
		int withdrawn = 0;
		for (Purpose purpose : this.purposes.active()) {
			for (Medium medium : Medium.values()) {
				if (decision(ref, purpose.code(), medium, now).allowed()) {
					record(new DecisionRequest(ref, purpose.code(), medium, false, decidedByRef, method, scanId),
							recorder);
					withdrawn++;
				}
			}
		}
		return withdrawn;
	}

	private Subject subject(String ref) {
		return this.directory.facts(ref)
			.map(Subject::of)
			.orElseThrow(() -> new ConsentRefused(RefusalReason.UNKNOWN_PERSON));
	}

	private java.time.LocalDate dayOf(Instant instant) {
		return instant.atZone(this.clock.getZone()).toLocalDate();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	/** A decision to record. */
	public record DecisionRequest(String ref, String purpose, Medium medium, boolean granted, String decidedByRef,
			DecisionMethod method, @Nullable Long scanId) {
	}

}
