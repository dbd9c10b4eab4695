package nl.mediaprotocol.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every consent decision ever made; only ever added to. */
@Repository
class Decisions {

	private static final String COLUMNS = "id, subject_ref, purpose_code, medium, granted, decided_by_ref, decided_by,"
			+ " method, recorded_by, decided_at, text_version, scan_id";

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
		return keys.getKeyAs(Number.class).longValue();
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

	private static RecordedDecision from(ResultSet rs) throws SQLException {
		return new RecordedDecision(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("purpose_code"),
				Medium.valueOf(rs.getString("medium")), rs.getBoolean("granted"), rs.getString("decided_by_ref"),
				Decider.valueOf(rs.getString("decided_by")), DecisionMethod.valueOf(rs.getString("method")),
				rs.getString("recorded_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
				rs.getInt("text_version"), rs.getObject("scan_id", Long.class));
	}

}
