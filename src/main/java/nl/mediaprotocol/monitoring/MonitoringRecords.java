package nl.mediaprotocol.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Monitoring requests and findings as stored. */
@Repository
class MonitoringRecords {

	private final JdbcClient jdbc;

	MonitoringRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRequest(String personRef, @Nullable String unitCode, String requestedBy, String suspicion,
			@Nullable Long caseId, String scope, LocalDate startsOn, LocalDate endsOn, @Nullable Long extendsRequestId,
			Instant at) {
	}

	/** What ICT did and found. */
	record Finding(long id, long requestId, String whatWasDone, String findings, String reportedBy,
			Instant reportedAt) {
	}

	long add(NewRequest request) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into monitoring_requests (person_ref, unit_code, requested_by, suspicion, case_id, scope,
					    starts_on, ends_on, extends_request_id, status, requested_at)
					values (:person, :unit, :by, :suspicion, :case, :scope, :starts, :ends, :extends, 'AWAITING_ADVICE', :at)
					""")
			.param("person", request.personRef())
			.param("unit", request.unitCode())
			.param("by", request.requestedBy())
			.param("suspicion", request.suspicion())
			.param("case", request.caseId())
			.param("scope", request.scope())
			.param("starts", request.startsOn())
			.param("ends", request.endsOn())
			.param("extends", request.extendsRequestId())
			.param("at", utc(request.at()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<MonitoringRequest> find(long id) {
		return requests("id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Requests matching a condition, newest first. */
	List<MonitoringRequest> requests(String condition, Map<String, ?> params) {
		return this.jdbc
			.sql("select * from monitoring_requests where " + condition + " order by requested_at desc, id desc")
			.params(params)
			.query((rs, row) -> request(rs))
			.list();
	}

	void advise(long id, MonitoringAdvice advice, String reasons, @Nullable String conditions, String by, Instant at) {
		boolean against = advice == MonitoringAdvice.DISAGREE;
		this.jdbc
			.sql("""
					update monitoring_requests set advice = :advice, advice_reasons = :reasons, advice_conditions = :conditions,
					    advised_by = :by, advised_at = :at, status = :status, closed_at = :closed, close_reason = :reason
					where id = :id
					""")
			.param("advice", advice.name())
			.param("reasons", reasons)
			.param("conditions", conditions)
			.param("by", by)
			.param("at", utc(at))
			.param("status", against ? "ADVISED_AGAINST" : "READY")
			.param("closed", against ? utc(at) : null)
			.param("reason", against ? "ADVISED_AGAINST" : null)
			.param("id", id)
			.update();
	}

	void start(long id, String by, boolean conditionsConfirmed, Instant at) {
		this.jdbc.sql("""
				update monitoring_requests set status = 'RUNNING', started_by = :by, started_at = :at,
				    conditions_confirmed = :confirmed
				where id = :id
				""")
			.param("by", by)
			.param("at", utc(at))
			.param("confirmed", conditionsConfirmed)
			.param("id", id)
			.update();
	}

	void close(long id, MonitoringRequest.CloseReason reason, Instant at) {
		this.jdbc.sql(
				"update monitoring_requests set status = 'CLOSED', closed_at = :at, close_reason = :reason where id = :id")
			.param("at", utc(at))
			.param("reason", reason.name())
			.param("id", id)
			.update();
	}

	void addFinding(long requestId, String whatWasDone, String findings, String by, Instant at) {
		this.jdbc.sql("""
				insert into monitoring_findings (request_id, what_was_done, findings, reported_by, reported_at)
				values (:request, :done, :findings, :by, :at)
				""")
			.param("request", requestId)
			.param("done", whatWasDone)
			.param("findings", findings)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	List<Finding> findings(long requestId) {
		return this.jdbc.sql("select * from monitoring_findings where request_id = :id order by reported_at, id")
			.param("id", requestId)
			.query((rs, row) -> new Finding(rs.getLong("id"), rs.getLong("request_id"), rs.getString("what_was_done"),
					rs.getString("findings"), rs.getString("reported_by"),
					rs.getObject("reported_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	Map<Long, Long> findingCounts() {
		Map<Long, Long> counts = new java.util.HashMap<>();
		this.jdbc.sql("select request_id, count(*) from monitoring_findings group by request_id")
			.query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

	private static MonitoringRequest request(ResultSet rs) throws SQLException {
		String advice = rs.getString("advice");
		String reason = rs.getString("close_reason");
		return new MonitoringRequest(rs.getLong("id"), rs.getString("person_ref"), rs.getString("unit_code"),
				rs.getString("requested_by"), rs.getString("suspicion"), rs.getObject("case_id", Long.class),
				rs.getString("scope"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("extends_request_id", Long.class),
				MonitoringRequest.Status.valueOf(rs.getString("status")), instant(rs, "requested_at"),
				advice == null ? null : MonitoringAdvice.valueOf(advice), rs.getString("advice_reasons"),
				rs.getString("advice_conditions"), rs.getString("advised_by"), instant(rs, "advised_at"),
				rs.getString("started_by"), instant(rs, "started_at"), rs.getBoolean("conditions_confirmed"),
				instant(rs, "closed_at"), reason == null ? null : MonitoringRequest.CloseReason.valueOf(reason));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
