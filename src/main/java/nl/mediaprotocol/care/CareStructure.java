package nl.mediaprotocol.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonSearch;
import nl.mediaprotocol.directory.PersonView;
import nl.mediaprotocol.protocol.Cites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's regular care structure ("de reguliere zorgstructuur", 1.8) as far as
 * social-media addiction goes: any staff member raises a signal about a student they can
 * look up, and the care coordinators (role ZORG) of the student's unit take it from
 * there. The raiser sees how far the signal has come, never the coordinators' notes.
 * <p>
 * A refusal changes nothing: every check comes before the first write, so that a refused
 * read is committed to the audit trail instead of rolled back with it.
 */
@Service
@Transactional(noRollbackFor = CareRefused.class)
@Cites("1.8")
class CareStructure {

	static final int MAX_TEXT = 5000;

	static final int MAX_REFERRED_TO = 200;

	private static final int CANDIDATES = 10;

	private final CareSignals signals;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CareStructure(CareSignals signals, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.signals = signals;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** A signal in a list, with its student's name and group. */
	record Listed(CareSignal signal, String studentName, @Nullable String groupName) {
	}

	/** A signal as a coordinator reads it: the student and the whole timeline. */
	record Opened(CareSignal signal, String studentName, @Nullable String groupName, @Nullable String unitName,
			List<CareEntry> entries) {

		/** The corrections made to an entry, for showing beside it. */
		public List<CareEntry> correctionsOf(long entryId) {
			return this.entries.stream()
				.filter(entry -> entry.corrects() != null && entry.corrects() == entryId)
				.toList();
		}

	}

	/** Whether someone can look students up at all, and so raise a signal. */
	@Transactional(readOnly = true)
	boolean canLookUpStudents(CurrentUser user) {
		return this.directory.searchableKinds(user).contains(PersonKind.STUDENT);
	}

	/**
	 * The students the user may see whose name or number contains the text, to choose
	 * from.
	 */
	@Transactional(readOnly = true)
	List<PersonView> candidates(CurrentUser user, @Nullable String text) {
		if (text == null || text.strip().length() < 2 || !canLookUpStudents(user)) {
			return List.of();
		}
		return this.directory
			.search(user, new PersonSearch(PersonKind.STUDENT, null, null, text), PageRequest.of(0, CANDIDATES))
			.getContent();
	}

	/**
	 * Raises a signal about a student the user may see, chosen from the search results or
	 * typed as a student number. Refused with every problem of the form at once.
	 */
	long raise(CurrentUser user, SignalForm form) {
		List<String> problems = new ArrayList<>();
		Optional<PersonFacts> student = student(user, form, problems);
		String observation = strip(form.observation());
		String actionTaken = strip(form.actionTaken());
		if (observation == null) {
			problems.add("care.refused.observationNeeded");
		}
		if (tooLong(observation) || tooLong(actionTaken)) {
			problems.add("care.refused.tooLong");
		}
		if (!problems.isEmpty() || student.isEmpty() || observation == null) {
			throw new CareRefused(problems);
		}
		PersonFacts subject = student.get();
		long id = this.signals.add(new CareSignals.NewSignal(subject.ref(), subject.unitCode(), observation,
				actionTaken, user.getUsername(), user.displayName(), this.clock.instant()));
		this.events.publishEvent(new CareEvent(id, "RAISED", subject.ref()));
		this.events.publishEvent(new SignalRaised(id, subject.unitCode(), user.getUsername()));
		return id;
	}

	/** The signals the user raised, the newest first, to follow their state. */
	@Transactional(readOnly = true)
	List<Listed> raisedBy(CurrentUser user) {
		return listed(this.signals.raisedBy(user.getUsername()));
	}

	/** Whether the user is a care coordinator anywhere. */
	boolean isCoordinator(CurrentUser user) {
		return user.has(Role.ZORG);
	}

	/** The open signals of the coordinator's units, the oldest first. */
	@Transactional(readOnly = true)
	List<Listed> openFor(CurrentUser coordinator) {
		return listed(this.signals.open(reachOf(coordinator)));
	}

	/** The most recently closed signals of the coordinator's units. */
	@Transactional(readOnly = true)
	List<Listed> closedFor(CurrentUser coordinator) {
		return listed(this.signals.closed(reachOf(coordinator)));
	}

	/**
	 * Opens a signal for a coordinator of its unit. Every read is recorded, and so is a
	 * refusal, which looks the same as a signal that does not exist.
	 */
	Opened open(CurrentUser user, long id) {
		CareSignal signal = handled(user, id);
		this.events.publishEvent(new CareEvent(id, "READ", signal.studentRef()));
		Optional<PersonFacts> student = this.directory.facts(signal.studentRef());
		String unitName = signal.unitCode() == null ? null
				: this.directory.unit(signal.unitCode()).map(unit -> unit.unit().name()).orElse(signal.unitCode());
		return new Opened(signal, student.map(PersonFacts::displayName).orElse(signal.studentRef()),
				student.map(PersonFacts::groupId).map(this::groupName).orElse(null), unitName,
				this.signals.entries(id));
	}

	/** A conversation was held about the signal, on a day that is not in the future. */
	void holdConversation(CurrentUser user, long id, @Nullable String note, @Nullable LocalDate heldOn) {
		CareSignal signal = handled(user, id);
		signal.checkMayMoveTo(CareSignal.Status.CONVERSATION);
		String text = required(note, "care.refused.noteNeeded");
		LocalDate day = heldOn == null ? LocalDate.now(this.clock) : heldOn;
		if (day.isAfter(LocalDate.now(this.clock))) {
			throw new CareRefused("care.refused.future");
		}
		move(user, signal, CareSignal.Status.CONVERSATION, CareEntry.Kind.CONVERSATION, text, null, day);
	}

	/**
	 * The student was referred, e.g. to school social work, the GGD or the family doctor.
	 */
	void refer(CurrentUser user, long id, @Nullable String referredTo, @Nullable String note) {
		CareSignal signal = handled(user, id);
		signal.checkMayMoveTo(CareSignal.Status.REFERRED);
		String to = strip(referredTo);
		if (to == null) {
			throw new CareRefused("care.refused.referredToNeeded");
		}
		if (to.length() > MAX_REFERRED_TO) {
			throw new CareRefused("care.refused.referredToTooLong");
		}
		String text = strip(note);
		if (tooLong(text)) {
			throw new CareRefused("care.refused.tooLong");
		}
		move(user, signal, CareSignal.Status.REFERRED, CareEntry.Kind.REFERRAL, text, to, null);
	}

	/** Closes the signal with a reason, from whatever open state it is in. */
	void close(CurrentUser user, long id, @Nullable String reason) {
		CareSignal signal = handled(user, id);
		signal.checkMayMoveTo(CareSignal.Status.CLOSED);
		String text = required(reason, "care.refused.reasonNeeded");
		move(user, signal, CareSignal.Status.CLOSED, CareEntry.Kind.CLOSURE, text, null, null);
	}

	/**
	 * Corrects an entry of the timeline with a new entry that refers to it; the entry
	 * itself stays as it was. Possible after closing too: a record must stay correct.
	 */
	long correct(CurrentUser user, long id, @Nullable Long entryId, @Nullable String text) {
		CareSignal signal = handled(user, id);
		if (entryId == null || this.signals.entries(id).stream().noneMatch(entry -> entry.id() == entryId)) {
			throw new CareRefused("care.refused.entryNeeded");
		}
		String correction = required(text, "care.refused.correctionNeeded");
		long entry = this.signals.addEntry(new CareSignals.NewEntry(id, CareEntry.Kind.CORRECTION, correction, null,
				null, entryId, user.getUsername(), user.displayName(), this.clock.instant()));
		this.events.publishEvent(new CareEvent(id, "CORRECTED", signal.studentRef()));
		return entry;
	}

	/**
	 * Whether the user is a care coordinator for the signal's unit: board-wide, or for
	 * the unit or one above it.
	 */
	boolean mayHandle(CurrentUser user, CareSignal signal) {
		return this.directory.reaches(user, Set.of(Role.ZORG), signal.unitCode());
	}

	/** Whether the user may handle the signal with this id, without recording a read. */
	@Transactional(readOnly = true)
	boolean mayHandle(CurrentUser user, long id) {
		return this.signals.find(id).filter(signal -> mayHandle(user, signal)).isPresent();
	}

	/**
	 * The signal, when the user handles it; otherwise the refusal is recorded and the
	 * signal does not exist for them.
	 */
	private CareSignal handled(CurrentUser user, long id) {
		Optional<CareSignal> found = this.signals.find(id);
		if (found.isPresent() && mayHandle(user, found.get())) {
			return found.get();
		}
		this.events.publishEvent(new CareEvent(id, "READ_REFUSED", found.map(CareSignal::studentRef).orElse(null)));
		throw new CareRefused(CareRefused.NOT_FOUND);
	}

	private void move(CurrentUser user, CareSignal signal, CareSignal.Status to, CareEntry.Kind kind,
			@Nullable String text, @Nullable String referredTo, @Nullable LocalDate heldOn) {
		Instant now = this.clock.instant();
		if (!this.signals.move(signal.id(), signal.status(), to, now)) {
			// someone else took a step between reading and writing
			throw new CareRefused("care.refused.changedMeanwhile");
		}
		this.signals.addEntry(new CareSignals.NewEntry(signal.id(), kind, text, referredTo, heldOn, null,
				user.getUsername(), user.displayName(), now));
		this.events.publishEvent(new CareEvent(signal.id(), to.name(), signal.studentRef()));
	}

	/**
	 * The student the form names: the one chosen from the results, or the one whose
	 * number was typed. Either way one the user may see.
	 */
	private Optional<PersonFacts> student(CurrentUser user, SignalForm form, List<String> problems) {
		String chosen = strip(form.studentRef());
		String typed = strip(form.student());
		Optional<String> ref;
		if (chosen != null) {
			ref = this.directory.person(user, chosen)
				.filter(person -> person.kind() == PersonKind.STUDENT)
				.map(PersonView::ref);
		}
		else if (typed != null) {
			List<PersonView> found = candidates(user, typed);
			ref = found.stream()
				.filter(person -> person.ref().toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT)))
				.map(PersonView::ref)
				.findFirst();
			if (ref.isEmpty()) {
				problems.add(found.isEmpty() ? "care.refused.studentUnknown" : "care.refused.chooseStudent");
				return Optional.empty();
			}
		}
		else {
			problems.add("care.refused.studentNeeded");
			return Optional.empty();
		}
		Optional<PersonFacts> facts = ref.flatMap(this.directory::facts)
			.filter(person -> person.kind() == PersonKind.STUDENT);
		if (facts.isEmpty()) {
			problems.add("care.refused.studentUnknown");
		}
		return facts;
	}

	private List<Listed> listed(List<CareSignal> found) {
		Map<String, PersonFacts> students = this.directory
			.facts(found.stream().map(CareSignal::studentRef).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonFacts::ref, Function.identity()));
		Map<Long, @Nullable String> groups = new HashMap<>();
		return found.stream().map(signal -> {
			PersonFacts student = students.get(signal.studentRef());
			Long groupId = student == null ? null : student.groupId();
			return new Listed(signal, student == null ? signal.studentRef() : student.displayName(),
					groupId == null ? null : groups.computeIfAbsent(groupId, this::groupName));
		}).toList();
	}

	private @Nullable String groupName(long groupId) {
		return this.directory.group(groupId).map(group -> group.group().name()).orElse(null);
	}

	/** The units whose signals a coordinator handles: theirs and every unit below. */
	private CareSignals.Reach reachOf(CurrentUser user) {
		Set<String> granted = new HashSet<>();
		for (RoleGrant grant : user.grants()) {
			if (grant.role() == Role.ZORG) {
				if (grant.isBoardWide()) {
					return new CareSignals.Reach(true, Set.of());
				}
				granted.add(grant.unitCode());
			}
		}
		Set<String> reach = new HashSet<>();
		collect(this.directory.unitTree(), granted, false, reach);
		return new CareSignals.Reach(false, reach);
	}

	private static void collect(List<Directory.UnitNode> nodes, Set<String> granted, boolean below, Set<String> reach) {
		for (Directory.UnitNode node : nodes) {
			boolean covered = below || granted.contains(node.unit().code());
			if (covered) {
				reach.add(node.unit().code());
			}
			collect(node.children(), granted, covered, reach);
		}
	}

	private static String required(@Nullable String text, String problem) {
		String stripped = strip(text);
		if (stripped == null) {
			throw new CareRefused(problem);
		}
		if (tooLong(stripped)) {
			throw new CareRefused("care.refused.tooLong");
		}
		return stripped;
	}

	private static boolean tooLong(@Nullable String text) {
		return text != null && text.length() > MAX_TEXT;
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
