package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts together what the consent screens show: a person's answers per purpose and medium,
 * their history, and a group's overview.
 */
@Component
class ConsentPages {

	/**
	 * How many of a person's latest choices the portal lists; the rest on asking. The
	 * history only grows, and listing all of it made the portal, the most visited page,
	 * slower with every choice.
	 */
	static final int PORTAL_HISTORY = 10;

	private final ConsentRegister register;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsentPages(ConsentRegister register, Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.register = register;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The people whose consents the signed-in person sees in the portal: themselves and
	 * their children, each saying whether they decide, with their latest choices.
	 */
	List<PersonConsents> portal(CurrentUser user) {
		return portal(user, null);
	}

	/**
	 * The portal as {@link #portal(CurrentUser)}, with the whole history of the person
	 * with the given ref, if they are on it.
	 */
	List<PersonConsents> portal(CurrentUser user, @Nullable String historyInFull) {
		String own = user.personRef();
		if (own == null) {
			return List.of();
		}
		Optional<PersonFacts> self = this.directory.facts(own);
		if (self.isEmpty()) {
			return List.of();
		}
		Set<String> decidesFor = new LinkedHashSet<>();
		this.register.decidesFor(user).forEach(person -> decidesFor.add(person.ref()));
		List<PersonFacts> people = new ArrayList<>();
		people.add(self.get());
		people.addAll(this.directory.facts(self.get().studentRefs()));
		return people.stream()
			.map(person -> consents(person, decidesFor.contains(person.ref()), own,
					person.ref().equals(historyInFull) ? Integer.MAX_VALUE : PORTAL_HISTORY))
			.toList();
	}

	/** One person's consents for staff, which is a read of a sensitive record. */
	Optional<PersonConsents> forStaff(CurrentUser viewer, String ref) {
		if (this.directory.open(viewer, ref).isEmpty()) {
			return Optional.empty();
		}
		this.events.publishEvent(new ConsentViewed(ref));
		return this.directory.facts(ref).map(person -> consents(person, false, null, Integer.MAX_VALUE));
	}

	private PersonConsents consents(PersonFacts person, boolean mayDecide, @Nullable String viewerRef,
			int historyLines) {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<RecordedDecision> standing = this.register.standing(person.ref(), now);
		// the answers in the order of the purposes the rows are drawn from, read once
		List<ConsentDecision> answers = this.register.answers(person, purposes, standing, now);
		Map<String, Boolean> ownChoices = new HashMap<>();
		if (viewerRef != null) {
			// oldest first: the viewer's latest choice per purpose and medium is put last
			standing.stream()
				.filter(decision -> decision.decidedByRef().equals(viewerRef))
				.forEach(decision -> ownChoices.put(decision.purpose() + "." + decision.medium(), decision.granted()));
		}
		List<PurposeRow> rows = new ArrayList<>();
		int i = 0;
		for (Purpose purpose : purposes) {
			List<MediumCell> cells = new ArrayList<>();
			for (Medium medium : Medium.values()) {
				ConsentDecision answer = answers.get(i++);
				String key = purpose.code() + "." + medium;
				cells.add(new MediumCell(medium, key, person.ref() + "-" + key, answer, ownChoices.get(key)));
			}
			rows.add(new PurposeRow(purpose, cells));
		}
		List<RecordedDecision> shown = this.register.history(person.ref(), historyLines);
		Map<String, String> names = new HashMap<>();
		Set<String> refs = new LinkedHashSet<>();
		shown.forEach(decision -> refs.add(decision.decidedByRef()));
		this.directory.facts(refs).forEach(facts -> names.put(facts.ref(), facts.displayName()));
		Map<String, String> purposeNames = new HashMap<>();
		this.register.purposes().forEach(purpose -> purposeNames.put(purpose.code(), purpose.nameNl()));
		List<HistoryLine> lines = shown.stream()
			.map(decision -> new HistoryLine(decision.decidedAt().atZone(this.clock.getZone()).toLocalDateTime(),
					names.getOrDefault(decision.decidedByRef(), decision.decidedByRef()), decision.decidedBy(),
					decision.granted(), purposeNames.getOrDefault(decision.purpose(), decision.purpose()),
					decision.medium(), decision.method(), decision.textVersion(), decision.scanId()))
			.toList();
		boolean newlySixteen = person.kind() == nl.mediaprotocol.directory.PersonKind.STUDENT
				&& this.register.deciderFor(person) == Decider.STUDENT
				&& standing.stream().noneMatch(decision -> decision.decidedByRef().equals(person.ref()));
		return new PersonConsents(person, this.register.deciderFor(person), mayDecide, newlySixteen, rows, lines,
				shown.size() < historyLines ? shown.size() : this.register.historySize(person.ref()));
	}

	/**
	 * A person's consents as a screen shows them: {@code history} the latest choices
	 * shown, newest first, of {@code historySize} in all.
	 */
	record PersonConsents(PersonFacts person, Decider decider, boolean mayDecide, boolean decidesNowWithoutAnswer,
			List<PurposeRow> rows, List<HistoryLine> history, int historySize) {
	}

	record PurposeRow(Purpose purpose, List<MediumCell> media) {
	}

	/**
	 * One purpose and medium: the answer that counts, and the viewer's own last choice if
	 * they decide. {@code id} is unique on the page (the person's ref and the key); the
	 * methods give the page what it would otherwise put together in expressions, each of
	 * which costs more than the Java (the portal shows sixty cells per child).
	 */
	record MediumCell(Medium medium, String key, String id, ConsentDecision answer, @Nullable Boolean ownChoice) {

		/** The name of the cell's radio buttons. */
		public String field() {
			return "choice." + this.key;
		}

		/** The message key of the medium's name. */
		public String mediumLabel() {
			return "consent.medium." + this.medium;
		}

		/** The message key of the reason for the answer. */
		public String reasonLabel() {
			return "consent.reason." + this.answer.reason();
		}

		public boolean allowed() {
			return this.answer.allowed();
		}

		public boolean chosenYes() {
			return Boolean.TRUE.equals(this.ownChoice);
		}

		public boolean chosenNo() {
			return Boolean.FALSE.equals(this.ownChoice);
		}

	}

	record HistoryLine(java.time.LocalDateTime when, String decidedBy, Decider role, boolean granted, String purpose,
			Medium medium, DecisionMethod method, int textVersion, @Nullable Long scanId) {
	}

}
