package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import nl.mediaprotocol.system.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent rounds: asking a unit's families and students for their decisions, reminding
 * those who have not answered, and showing per group how far they are.
 */
@Service
class ConsentRounds {

	private static final Logger log = LoggerFactory.getLogger(ConsentRounds.class);

	private final JdbcClient jdbc;

	private final ConsentRegister register;

	private final Directory directory;

	private final Mailer mailer;

	private final ConsentProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConsentRounds(JdbcClient jdbc, ConsentRegister register, Directory directory, Mailer mailer,
			ConsentProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.register = register;
		this.directory = directory;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	enum Kind {

		/** Aanmelding: new students and their guardians. */
		ENROLMENT,
		/** A purpose was added or its text changed. */
		NEW_PURPOSE,
		/** The yearly notice that everyone can change their choice. */
		YEARLY_NOTICE

	}

	record Round(long id, String unitCode, Kind kind, @Nullable String purpose, String openedBy, Instant openedAt,
			@Nullable LocalDate closesOn) {

		boolean isOpenOn(LocalDate day) {
			return this.closesOn == null || !day.isAfter(this.closesOn);
		}

	}

	/** Opens a round and writes to everyone who decides for a student of the unit. */
	@Transactional
	Round open(String unitCode, Kind kind, @Nullable String purpose, @Nullable LocalDate closesOn, String openedBy) {
		if (this.directory.unit(unitCode).isEmpty()) {
			throw new IllegalArgumentException("consent.round.unknownUnit");
		}
		if (purpose != null && this.register.purposes().stream().noneMatch(p -> p.code().equals(purpose))) {
			throw new IllegalArgumentException("consent.round.unknownPurpose");
		}
		if (closesOn != null && closesOn.isBefore(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("consent.round.closesInPast");
		}
		Instant now = this.clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into consent_rounds (unit_code, kind, purpose_code, opened_by, opened_at, closes_on)
				values (:unit, :kind, :purpose, :by, :at, :closes)
				""")
			.param("unit", unitCode)
			.param("kind", kind.name())
			.param("purpose", purpose)
			.param("by", openedBy)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("closes", closesOn)
			.update(keys, "id");
		Round round = new Round(keys.getKeyAs(Number.class).longValue(), unitCode, kind, purpose, openedBy, now,
				closesOn);
		int sent = 0;
		for (PersonFacts student : this.directory.studentsInUnit(unitCode)) {
			sent += write(round, student, "INVITATION");
		}
		log.info("Opened consent round {} for {} ({}); {} messages sent", round.id(), unitCode, kind, sent);
		this.events.publishEvent(new ConsentRoundOpened(round.id(), unitCode, kind.name(), sent));
		return round;
	}

	List<Round> all() {
		return this.jdbc.sql("select * from consent_rounds order by opened_at desc, id desc")
			.query((rs, row) -> new Round(rs.getLong("id"), rs.getString("unit_code"),
					Kind.valueOf(rs.getString("kind")), rs.getString("purpose_code"), rs.getString("opened_by"),
					rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closes_on", LocalDate.class)))
			.list();
	}

	Optional<Round> find(long id) {
		return all().stream().filter(round -> round.id() == id).findFirst();
	}

	/** Per group of the round's unit: consented, refused, open. */
	List<Coverage> coverage(Round round) {
		return coverage(round.unitCode(), round.purpose());
	}

	/** Per group of a unit: consented, refused, open, for one purpose or for all. */
	List<Coverage> coverage(String unitCode, @Nullable String purpose) {
		Instant now = this.clock.instant();
		List<Coverage> result = new ArrayList<>();
		for (GroupLabel group : this.directory.groupsInUnit(unitCode)) {
			result.add(coverageOf(group, this.directory.studentsOfGroup(group.id()), purpose, now));
		}
		return result;
	}

	Coverage coverageOf(GroupLabel group, List<PersonFacts> students, @Nullable String purpose, Instant at) {
		Map<String, List<ConsentDecision>> answers = this.register.decisions(students, at);
		int consented = 0;
		int refused = 0;
		int open = 0;
		List<Coverage.StudentState> states = new ArrayList<>();
		for (PersonFacts student : students) {
			List<ConsentDecision> relevant = answers.get(student.ref())
				.stream()
				.filter(answer -> purpose == null || answer.purpose().equals(purpose))
				.toList();
			Coverage.State state = Coverage.stateOf(relevant);
			switch (state) {
				case CONSENTED -> consented++;
				case REFUSED -> refused++;
				case OPEN -> open++;
			}
			states.add(new Coverage.StudentState(student.ref(), student.shortName(), state));
		}
		return new Coverage(group.name(), group.id(), consented, refused, open, states);
	}

	/**
	 * Reminds those who decide for a student whose answer is still open, in every round
	 * that is open and older than the reminder interval, at most once per interval.
	 */
	@Transactional
	int sendReminders() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (Round round : all()) {
			if (round.kind() == Kind.YEARLY_NOTICE || !round.isOpenOn(today)
					|| round.openedAt().plus(this.properties.reminderAfter()).isAfter(now)) {
				continue;
			}
			Map<String, Instant> lastWritten = lastMessages(round.id());
			List<PersonFacts> students = this.directory.studentsInUnit(round.unitCode());
			Map<String, List<ConsentDecision>> answers = this.register.decisions(students, now);
			for (PersonFacts student : students) {
				List<ConsentDecision> relevant = answers.get(student.ref())
					.stream()
					.filter(answer -> round.purpose() == null || answer.purpose().equals(round.purpose()))
					.toList();
				if (Coverage.stateOf(relevant) != Coverage.State.OPEN) {
					continue;
				}
				for (PersonFacts decider : decidersOf(student)) {
					Instant previous = lastWritten.get(decider.ref() + "|" + student.ref());
					if (previous == null || !previous.plus(this.properties.reminderAfter()).isAfter(now)) {
						sent += send(round, decider, student, "REMINDER") ? 1 : 0;
					}
				}
			}
		}
		return sent;
	}

	/** Opens the yearly notice for every top unit on the board's notice day. */
	@Transactional
	int sendYearlyNoticeIfDue() {
		LocalDate today = LocalDate.now(this.clock);
		if (this.properties.yearlyNotice() == null
				|| !this.properties.yearlyNotice().atYear(today.getYear()).equals(today)) {
			return 0;
		}
		boolean alreadyThisYear = all().stream()
			.anyMatch(round -> round.kind() == Kind.YEARLY_NOTICE
					&& round.openedAt().atZone(this.clock.getZone()).getYear() == today.getYear());
		if (alreadyThisYear) {
			return 0;
		}
		int rounds = 0;
		for (var root : this.directory.unitTree()) {
			open(root.unit().code(), Kind.YEARLY_NOTICE, null, null, "systeem");
			rounds++;
		}
		return rounds;
	}

	private int write(Round round, PersonFacts student, String kind) {
		int sent = 0;
		for (PersonFacts decider : decidersOf(student)) {
			sent += send(round, decider, student, kind) ? 1 : 0;
		}
		return sent;
	}

	/** Who decides for the student today: the guardians under 16, the student from 16. */
	private List<PersonFacts> decidersOf(PersonFacts student) {
		return this.directory.facts(this.register.decidersOf(student));
	}

	private boolean send(Round round, PersonFacts decider, PersonFacts student, String kind) {
		String key = "consent.mail." + (round.kind() == Kind.YEARLY_NOTICE ? "notice" : kind.toLowerCase(Locale.ROOT));
		boolean sent = this.mailer.send(decider.email(), key, new Object[] { student.firstName() },
				new Object[] { decider.displayName(), student.firstName(), this.mailer.link("/consent"),
						round.closesOn() == null ? "" : round.closesOn().toString() });
		if (!sent) {
			return false;
		}
		this.jdbc
			.sql("insert into consent_round_messages (round_id, recipient_ref, student_ref, kind, sent_at)"
					+ " values (:round, :recipient, :student, :kind, :at)")
			.param("round", round.id())
			.param("recipient", decider.ref())
			.param("student", student.ref())
			.param("kind", kind)
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		return true;
	}

	private Map<String, Instant> lastMessages(long round) {
		Map<String, Instant> last = new HashMap<>();
		this.jdbc
			.sql("select recipient_ref, student_ref, sent_at from consent_round_messages where round_id = :round"
					+ " order by sent_at")
			.param("round", round)
			.query(rs -> {
				last.put(rs.getString(1) + "|" + rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant());
			});
		return last;
	}

	/** The rounds with their coverage, for the overview. */
	Map<Round, List<Coverage>> overview() {
		Map<Round, List<Coverage>> result = new LinkedHashMap<>();
		all().forEach(round -> result.put(round, coverage(round)));
		return result;
	}

}
