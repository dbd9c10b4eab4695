package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import nl.mediaprotocol.directory.PersonKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consent coverage of each student per purpose, kept in {@code consent_coverage}
 * (V24) so that the dashboards count it in the database instead of deciding student by
 * student. A row holds the state {@link Coverage#stateOf} gives over {@link ConsentRules}
 * for the purpose's text in force when it was worked out, once as the guardians decide
 * (under 16) and twice as the student decides (from 16: with the guardians' consent
 * standing, and lapsed, as {@code guardian-consent-lapses-at16} chooses), so that a
 * sixteenth birthday moves the figure without a write: the count picks the state by date
 * of birth and today's date. A student without a row, or with a row for an earlier text,
 * has nothing that counts (open). Rewritten in the transaction of every change that can
 * move it: a decision, a change of the student's guardians; a changed text needs no
 * write, nor does (de)activating a purpose (the count takes active purposes only), a move
 * to another group or a corrected date of birth (the count reads the directory as it is).
 */
@Repository
class CoverageStates {

	/** Students worked out, read and written with one statement each. */
	static final int BATCH = 1000;

	/** The guardians' consent stays in force from 16 until the student answers. */
	private static final ConsentRules STANDING = new ConsentRules(ZoneOffset.UTC, false);

	/** The guardians' consent lapses at 16. */
	private static final ConsentRules LAPSING = new ConsentRules(ZoneOffset.UTC, true);

	/** A date of birth that makes any student 16 on any day the rules are asked about. */
	private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	private final @Nullable StudentTurns turns;

	/** On the application's database: rows kept, in each student's turn. */
	@Autowired
	CoverageStates(DataSource dataSource, Clock clock, StudentTurns turns) {
		this.jdbc = JdbcClient.create(dataSource);
		this.batches = new JdbcTemplate(dataSource);
		this.clock = clock;
		this.turns = turns;
	}

	/**
	 * On a migration's connection, which nothing else writes meanwhile: rows worked out
	 * and written, none kept up ({@link #refresh} and {@link #reconcile} refuse).
	 */
	CoverageStates(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.batches = new JdbcTemplate(dataSource);
		this.clock = clock;
		this.turns = null;
	}

	/** One student's coverage for one purpose, for the purpose's text in force. */
	record State(String studentRef, String purpose, int textVersion, Coverage.State underSixteen,
			Coverage.State fromSixteen, Coverage.State fromSixteenLapsed) {

		/** Nothing counts, whoever decides: no row needed. */
		boolean isOpen() {
			return this.underSixteen == Coverage.State.OPEN && this.fromSixteen == Coverage.State.OPEN
					&& this.fromSixteenLapsed == Coverage.State.OPEN;
		}

	}

	/**
	 * The state from the decisions about a student for one purpose, by the rules of the
	 * register: what {@link Coverage#stateOf} says over the answers for every medium,
	 * with the guardians deciding and with the student deciding.
	 */
	static State of(String studentRef, List<String> guardianRefs, String purpose, int textInForce,
			List<RecordedDecision> decisions, Instant at) {
		Subject underSixteen = new Subject(studentRef, PersonKind.STUDENT, null, guardianRefs);
		Subject fromSixteen = new Subject(studentRef, PersonKind.STUDENT, LONG_AGO, guardianRefs);
		Map<Medium, List<RecordedDecision>> perMedium = decisions.stream()
			.collect(Collectors.groupingBy(RecordedDecision::medium));
		return new State(studentRef, purpose, textInForce,
				state(STANDING, underSixteen, purpose, textInForce, perMedium, at),
				state(STANDING, fromSixteen, purpose, textInForce, perMedium, at),
				state(LAPSING, fromSixteen, purpose, textInForce, perMedium, at));
	}

	private static Coverage.State state(ConsentRules rules, Subject subject, String purpose, int textInForce,
			Map<Medium, List<RecordedDecision>> perMedium, Instant at) {
		return Coverage.stateOf(Arrays.stream(Medium.values())
			.map(medium -> rules.decide(subject, purpose, medium, true, textInForce,
					perMedium.getOrDefault(medium, List.of()), at))
			.toList());
	}

	/**
	 * What the rows of these people should be now: one per student and purpose with a
	 * decision that counts for something. Someone who is not a student (or no longer in
	 * the directory) has none.
	 */
	List<State> expected(Collection<String> refs) {
		if (refs.isEmpty()) {
			return List.of();
		}
		Instant at = this.clock.instant();
		Map<String, List<String>> guardians = guardiansOfStudents(refs);
		Map<String, Integer> versions = new HashMap<>();
		new Purposes(this.jdbc).all().forEach(purpose -> versions.put(purpose.code(), purpose.versionAt(at)));
		Map<List<String>, List<RecordedDecision>> made = new Decisions(this.jdbc).standing(guardians.keySet(), at)
			.stream()
			.collect(Collectors.groupingBy(decision -> List.of(decision.subjectRef(), decision.purpose())));
		List<State> states = new ArrayList<>();
		made.forEach((key, decisions) -> {
			State state = of(key.get(0), guardians.get(key.get(0)), key.get(1), versions.getOrDefault(key.get(1), 0),
					decisions, at);
			if (!state.isOpen()) {
				states.add(state);
			}
		});
		return states;
	}

	/** The students among these people, each with the refs of their guardians. */
	private Map<String, List<String>> guardiansOfStudents(Collection<String> refs) {
		Map<String, List<String>> guardians = new HashMap<>();
		this.jdbc.sql("""
				select s.ref, g.ref from people s
				left join guardianships x on x.student_id = s.id
				left join people g on g.id = x.guardian_id
				where s.kind = 'STUDENT' and s.ref in (:refs)""").param("refs", refs).query(rs -> {
			List<String> of = guardians.computeIfAbsent(rs.getString(1), ref -> new ArrayList<>());
			if (rs.getString(2) != null) {
				of.add(rs.getString(2));
			}
		});
		return guardians;
	}

	/** Takes these students' turns until the caller's transaction ends. */
	private void lock(Collection<String> refs) {
		if (this.turns == null) {
			throw new IllegalStateException("A migration's coverage rows are written, not kept up");
		}
		this.turns.take(refs);
	}

	/** The rows kept for these people. */
	List<State> stored(Collection<String> refs) {
		if (refs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select student_ref, purpose_code, text_version, under_16, from_16, from_16_lapsed
				from consent_coverage where student_ref in (:refs)""")
			.param("refs", refs)
			.query((rs, row) -> new State(rs.getString(1), rs.getString(2), rs.getInt(3),
					Coverage.State.valueOf(rs.getString(4)), Coverage.State.valueOf(rs.getString(5)),
					Coverage.State.valueOf(rs.getString(6))))
			.list();
	}

	/**
	 * Works the rows of these people out again and keeps them, in the caller's
	 * transaction: after a decision about them, or a change of their guardians.
	 */
	void refresh(Collection<String> refs) {
		List<String> all = List.copyOf(new HashSet<>(refs));
		// every student's turn first, all in one order, then the rows a batch at a time
		lock(all);
		for (int from = 0; from < all.size(); from += BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			delete(batch);
			insert(expected(batch));
		}
	}

	/**
	 * Compares the rows of these people with what they should be and corrects those that
	 * differ; says how many rows it corrected (written or removed).
	 */
	int reconcile(List<String> refs) {
		// a decision recorded meanwhile rewrites the rows after this
		lock(refs);
		Map<List<String>, State> stored = new HashMap<>();
		stored(refs).forEach(state -> stored.put(List.of(state.studentRef(), state.purpose()), state));
		List<State> wrong = new ArrayList<>();
		for (State state : expected(refs)) {
			State kept = stored.remove(List.of(state.studentRef(), state.purpose()));
			if (!state.equals(kept)) {
				wrong.add(state);
			}
		}
		List<State> corrected = new ArrayList<>(wrong);
		corrected.addAll(stored.values());
		for (State state : corrected) {
			this.jdbc.sql("delete from consent_coverage where student_ref = :ref and purpose_code = :purpose")
				.param("ref", state.studentRef())
				.param("purpose", state.purpose())
				.update();
		}
		insert(wrong);
		return corrected.size();
	}

	/**
	 * The next people with decisions after the given ref (empty: from the first), in ref
	 * order: the reconcile and the backfill walk the register with these.
	 */
	List<String> decidedAfter(String ref, int count) {
		return this.jdbc.sql("""
				select distinct subject_ref from consent_decisions where subject_ref > :after
				order by subject_ref fetch first :count rows only""")
			.param("after", ref)
			.param("count", count)
			.query(String.class)
			.list();
	}

	/**
	 * Removes the rows of students of whom the register holds no decision for the purpose
	 * (any more); says how many.
	 */
	int removeWithoutDecisions() {
		return this.jdbc
			.sql("""
					delete from consent_coverage
					where not exists (select 1 from consent_decisions d
					    where d.subject_ref = consent_coverage.student_ref and d.purpose_code = consent_coverage.purpose_code)""")
			.update();
	}

	void delete(Collection<String> refs) {
		if (!refs.isEmpty()) {
			this.jdbc.sql("delete from consent_coverage where student_ref in (:refs)").param("refs", refs).update();
		}
	}

	void insert(List<State> states) {
		this.batches.batchUpdate(
				"""
						insert into consent_coverage (student_ref, purpose_code, text_version, under_16, from_16, from_16_lapsed)
						values (?, ?, ?, ?, ?, ?)""",
				states, BATCH, (statement, state) -> {
					statement.setString(1, state.studentRef());
					statement.setString(2, state.purpose());
					statement.setInt(3, state.textVersion());
					statement.setString(4, state.underSixteen().name());
					statement.setString(5, state.fromSixteen().name());
					statement.setString(6, state.fromSixteenLapsed().name());
				});
	}

	/** What the counts are per: a group (its id) or the unit of the groups (its code). */
	enum Per {

		GROUP("g.id"), UNIT("u.code");

		private final String column;

		Per(String column) {
			this.column = column;
		}

	}

	/**
	 * Per group (or unit) of the current school year's groups of the given units, and per
	 * purpose and text version: how many students have a decision that counts today,
	 * their state picked by their date of birth. One statement.
	 * @param lapsing whether the guardians' consent lapses at 16
	 * @return group id (or unit code) to purpose code to text version to count
	 */
	Map<Object, Map<String, Map<Integer, Integer>>> decided(Per per, String schoolYear, Collection<String> unitCodes,
			LocalDate today, boolean lapsing) {
		Map<Object, Map<String, Map<Integer, Integer>>> counts = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return counts;
		}
		this.jdbc
			.sql("""
					select %1$s, c.purpose_code, c.text_version, count(*)
					from consent_coverage c join people p on p.ref = c.student_ref
					join class_groups g on g.id = p.group_id join units u on u.id = g.unit_id
					where p.kind = 'STUDENT' and g.school_year = :year and u.code = any(:units)
					  and case when p.date_of_birth <= :bornBy then c.%2$s else c.under_16 end <> 'OPEN'
					group by %1$s, c.purpose_code, c.text_version""".formatted(per.column,
					lapsing ? "from_16_lapsed" : "from_16"))
			.param("year", schoolYear)
			.param("units", unitCodes.toArray(String[]::new))
			.param("bornBy", Subject.bornByToDecideOn(today))
			.query(rs -> {
				counts.computeIfAbsent(rs.getObject(1), key -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), purpose -> new HashMap<>())
					.put(rs.getInt(3), rs.getInt(4));
			});
		return counts;
	}

	/** Per group (or unit) of these (as above), how many students it has. */
	Map<Object, Integer> students(Per per, String schoolYear, Collection<String> unitCodes) {
		return count(per, "count(*)", "join people p on p.group_id = g.id and p.kind = 'STUDENT'", schoolYear,
				unitCodes);
	}

	/** Per unit of these, how many groups of the school year it holds itself. */
	Map<Object, Integer> groups(String schoolYear, Collection<String> unitCodes) {
		return count(Per.UNIT, "count(*)", "", schoolYear, unitCodes);
	}

	private Map<Object, Integer> count(Per per, String count, String join, String schoolYear,
			Collection<String> unitCodes) {
		Map<Object, Integer> counts = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select %1$s, %2$s from class_groups g join units u on u.id = g.unit_id %3$s
				where g.school_year = :year and u.code = any(:units)
				group by %1$s""".formatted(per.column, count, join))
			.param("year", schoolYear)
			.param("units", unitCodes.toArray(String[]::new))
			.query(rs -> {
				counts.put(rs.getObject(1), rs.getInt(2));
			});
		return counts;
	}

}
