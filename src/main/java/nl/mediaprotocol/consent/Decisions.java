package nl.mediaprotocol.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every consent decision ever made; only ever added to. */
@Repository
class Decisions {

	private static final String COLUMNS = "id, subject_ref, purpose_code, medium, granted, decided_by_ref, decided_by,"
			+ " method, recorded_by, decided_at, text_version, scan_id";

	/** The columns of a decision joined as {@code d}. */
	private static final String DECISION_COLUMNS = COLUMNS.replaceAll("(\\w+)", "d.$1");

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(RecordedDecision decision) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into consent_decisions (subject_ref, purpose_code, medium, granted, decided_by_ref, decided_by,
				    method, recorded_by, decided_at, text_version, scan_id)
				values (:subject, :purpose, :medium, :granted, :deciderRef, :decider, :method, :recordedBy, :at,
				    :version, :scan)
				""")
			.param("subject", decision.subjectRef())
			.param("purpose", decision.purpose())
			.param("medium", decision.medium().name())
			.param("granted", decision.granted())
			.param("deciderRef", decision.decidedByRef())
			.param("decider", decision.decidedBy().name())
			.param("method", decision.method().name())
			.param("recordedBy", decision.recordedBy())
			.param("at", OffsetDateTime.ofInstant(decision.decidedAt(), ZoneOffset.UTC))
			.param("version", decision.textVersion())
			.param("scan", decision.scanId())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		keepStanding(id, decision);
		return id;
	}

	/**
	 * Keeps the decision apart as its decider's standing one on this text, unless a later
	 * one is kept already (one decided later, or at the same moment and recorded later).
	 * The caller holds the person's turn ({@link StudentTurns}), so no other decision
	 * about them is being kept at the same moment.
	 */
	private void keepStanding(long id, RecordedDecision decision) {
		String group = " subject_ref = :subject and purpose_code = :purpose and medium = :medium"
				+ " and text_version = :version and decided_by_ref = :deciderRef and decided_by = :decider";
		int replaced = this.jdbc.sql("update consent_standing_decisions set decision_id = :id where" + group
				+ " and exists (select 1 from consent_decisions kept where kept.id = consent_standing_decisions.decision_id"
				+ " and (kept.decided_at < :at or (kept.decided_at = :at and kept.id < :id)))")
			.params(groupOf(id, decision))
			.update();
		if (replaced == 0) {
			this.jdbc
				.sql("insert into consent_standing_decisions (subject_ref, purpose_code, medium, text_version,"
						+ " decided_by_ref, decided_by, decision_id) select :subject, :purpose, :medium, :version,"
						+ " :deciderRef, :decider, :id from (values (0)) one where not exists"
						+ " (select 1 from consent_standing_decisions where" + group + ")")
				.params(groupOf(id, decision))
				.update();
		}
	}

	private static Map<String, Object> groupOf(long id, RecordedDecision decision) {
		return Map.of("id", id, "subject", decision.subjectRef(), "purpose", decision.purpose(), "medium",
				decision.medium().name(), "version", decision.textVersion(), "deciderRef", decision.decidedByRef(),
				"decider", decision.decidedBy().name(), "at",
				OffsetDateTime.ofInstant(decision.decidedAt(), ZoneOffset.UTC));
	}

	/** The decisions about one person, purpose and medium, oldest first. */
	List<RecordedDecision> about(String subjectRef, String purpose, Medium medium) {
		return this.jdbc
			.sql("select " + COLUMNS + " from consent_decisions"
					+ " where subject_ref = :subject and purpose_code = :purpose and medium = :medium"
					+ " order by decided_at, id")
			.param("subject", subjectRef)
			.param("purpose", purpose)
			.param("medium", medium.name())
			.query((rs, row) -> from(rs))
			.list();
	}

	/** Every decision about the given people, oldest first. */
	List<RecordedDecision> about(Collection<String> subjectRefs) {
		if (subjectRefs.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from consent_decisions where subject_ref in (:subjects)"
					+ " order by decided_at, id")
			.param("subjects", subjectRefs)
			.query((rs, row) -> from(rs))
			.list();
	}

	/** Every decision about the given people for one purpose, oldest first. */
	List<RecordedDecision> about(Collection<String> subjectRefs, String purpose) {
		if (subjectRefs.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from consent_decisions"
					+ " where subject_ref in (:subjects) and purpose_code = :purpose order by decided_at, id")
			.param("subjects", subjectRefs)
			.param("purpose", purpose)
			.query((rs, row) -> from(rs))
			.list();
	}

	/**
	 * The decisions about the given people that can still count at a moment: of those
	 * made by then, the latest per purpose, medium, text version and decider (who, and as
	 * what). {@link ConsentRules} looks at nothing else (the latest of each decider on
	 * the text in force, and whether there is any decision on another text), so these
	 * give the same answers as the whole history, which only grows. Read from the rows
	 * kept apart for each decision; for a moment before one of them, worked out from the
	 * history. Oldest first.
	 */
	List<RecordedDecision> standing(Collection<String> subjectRefs, Instant at) {
		if (subjectRefs.isEmpty()) {
			return List.of();
		}
		return standingAt("s.subject_ref in (:subjects)", Map.of("subjects", subjectRefs), at,
				"subject_ref in (:subjects)");
	}

	/**
	 * {@link #standing(Collection, Instant)} for one person, purpose and medium, oldest
	 * first.
	 */
	List<RecordedDecision> standing(String subjectRef, String purpose, Medium medium, Instant at) {
		return standingAt("s.subject_ref = :subject and s.purpose_code = :purpose and s.medium = :medium",
				Map.of("subject", subjectRef, "purpose", purpose, "medium", medium.name()), at,
				"subject_ref = :subject and purpose_code = :purpose and medium = :medium");
	}

	private List<RecordedDecision> standingAt(String keptWhere, Map<String, ?> params, Instant at,
			String historyWhere) {
		List<RecordedDecision> kept = this.jdbc
			.sql("select " + DECISION_COLUMNS + " from consent_standing_decisions s"
					+ " join consent_decisions d on d.id = s.decision_id where " + keptWhere
					+ " order by d.decided_at, d.id")
			.params(params)
			.query((rs, row) -> from(rs))
			.list();
		if (kept.stream().noneMatch(decision -> decision.decidedAt().isAfter(at))) {
			// every kept decision was made by then, so each is its decider's latest by
			// then
			return kept;
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from (select " + COLUMNS + ", row_number() over ("
					+ " partition by subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by"
					+ " order by decided_at desc, id desc) as nth from consent_decisions where " + historyWhere
					+ " and decided_at <= :at) latest where nth = 1 order by decided_at, id")
			.params(params)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query((rs, row) -> from(rs))
			.list();
	}

	/** A person's latest decisions, at most {@code limit} of them, newest first. */
	List<RecordedDecision> newest(String subjectRef, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from consent_decisions where subject_ref = :subject"
					+ " order by decided_at desc, id desc fetch first :limit rows only")
			.param("subject", subjectRef)
			.param("limit", limit)
			.query((rs, row) -> from(rs))
			.list();
	}

	/** How many decisions were ever made about a person. */
	int count(String subjectRef) {
		return this.jdbc.sql("select count(*) from consent_decisions where subject_ref = :subject")
			.param("subject", subjectRef)
			.query(Integer.class)
			.single();
	}

	private static RecordedDecision from(ResultSet rs) throws SQLException {
		return new RecordedDecision(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("purpose_code"),
				Medium.valueOf(rs.getString("medium")), rs.getBoolean("granted"), rs.getString("decided_by_ref"),
				Decider.valueOf(rs.getString("decided_by")), DecisionMethod.valueOf(rs.getString("method")),
				rs.getString("recorded_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
				rs.getInt("text_version"), rs.getObject("scan_id", Long.class));
	}

}
