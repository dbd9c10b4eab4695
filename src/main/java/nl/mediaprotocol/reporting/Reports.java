package nl.mediaprotocol.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.system.FileReferences;
import nl.mediaprotocol.system.StoredFiles;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The reports, their conversations, evidence and shares; the evidence's files in the file
 * store.
 */
@Repository
class Reports implements FileReferences {

	private final JdbcClient jdbc;

	private final StoredFiles files;

	Reports(JdbcClient jdbc, StoredFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	record NewReport(String receiptCode, @Nullable String secretHash, @Nullable String reporter,
			@Nullable String reporterRef, ReportCategory category, String what, @Nullable String platform,
			@Nullable String link, @Nullable LocalDate happenedOn, @Nullable String involved, String unitCode,
			Level addressedTo, Instant createdAt, Instant acknowledgeDueAt, Instant feedbackDueAt) {
	}

	record Message(boolean fromReporter, @Nullable String author, String text, Instant at) {
	}

	record Evidence(long id, String fileName, String contentType, String fileKey) {
	}

	long add(NewReport report) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into reports (receipt_code, secret_hash, reporter, reporter_ref, category, what, platform, link,
				    happened_on, involved, unit_code, addressed_to, status, created_at, acknowledge_due_at,
				    feedback_due_at)
				values (:code, :hash, :reporter, :reporterRef, :category, :what, :platform, :link, :happenedOn,
				    :involved, :unit, :level, 'RECEIVED', :at, :ackDue, :feedbackDue)
				""")
			.param("code", report.receiptCode())
			.param("hash", report.secretHash())
			.param("reporter", report.reporter())
			.param("reporterRef", report.reporterRef())
			.param("category", report.category().name())
			.param("what", report.what())
			.param("platform", report.platform())
			.param("link", report.link())
			.param("happenedOn", report.happenedOn())
			.param("involved", report.involved())
			.param("unit", report.unitCode())
			.param("level", report.addressedTo().name())
			.param("at", utc(report.createdAt()))
			.param("ackDue", utc(report.acknowledgeDueAt()))
			.param("feedbackDue", utc(report.feedbackDueAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Report> find(long id) {
		return this.jdbc.sql("select * from reports where id = :id")
			.param("id", id)
			.query((rs, row) -> from(rs))
			.optional();
	}

	Optional<Report> byReceipt(String code) {
		return this.jdbc.sql("select * from reports where receipt_code = :code")
			.param("code", code)
			.query((rs, row) -> from(rs))
			.optional();
	}

	@Nullable String secretHash(long id) {
		return this.jdbc.sql("select secret_hash from reports where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	List<Report> all(String condition) {
		return this.jdbc.sql("select * from reports where " + condition + " order by created_at desc")
			.query((rs, row) -> from(rs))
			.list();
	}

	List<String> sharedWith(long id) {
		return this.jdbc.sql("select username from report_shares where report_id = :id order by username")
			.param("id", id)
			.query(String.class)
			.list();
	}

	void share(long id, String username, String by, Instant at) {
		if (!sharedWith(id).contains(username)) {
			this.jdbc
				.sql("insert into report_shares (report_id, username, shared_by, shared_at)"
						+ " values (:id, :username, :by, :at)")
				.param("id", id)
				.param("username", username)
				.param("by", by)
				.param("at", utc(at))
				.update();
		}
	}

	void addMessage(long id, boolean fromReporter, @Nullable String author, String text, Instant at) {
		this.jdbc
			.sql("insert into report_messages (report_id, from_reporter, author, text, created_at)"
					+ " values (:id, :fromReporter, :author, :text, :at)")
			.param("id", id)
			.param("fromReporter", fromReporter)
			.param("author", author)
			.param("text", text)
			.param("at", utc(at))
			.update();
	}

	List<Message> messages(long id) {
		return this.jdbc
			.sql("select from_reporter, author, text, created_at from report_messages"
					+ " where report_id = :id order by created_at, id")
			.param("id", id)
			.query((rs, row) -> new Message(rs.getBoolean(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	void addEvidence(long id, String fileName, String contentType, byte[] content, Instant at) {
		this.jdbc
			.sql("insert into report_evidence (report_id, file_name, content_type, file_key, added_at)"
					+ " values (:id, :name, :type, :key, :at)")
			.param("id", id)
			.param("name", fileName)
			.param("type", contentType)
			.param("key", this.files.store(content))
			.param("at", utc(at))
			.update();
	}

	List<Evidence> evidence(long id) {
		return this.jdbc
			.sql("select id, file_name, content_type, file_key from report_evidence"
					+ " where report_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	byte[] content(Evidence evidence) {
		return this.files.read(evidence.fileKey());
	}

	/** The reports' evidence files, deleted with their rows once the deletion commits. */
	void deleteEvidenceFilesAfterCommit(Collection<Long> reportIds) {
		this.files.deleteAfterCommit(this.jdbc.sql("select file_key from report_evidence where report_id in (:ids)")
			.param("ids", reportIds)
			.query(String.class)
			.list());
	}

	@Override
	public Set<String> inUse(Collection<String> keys) {
		return FileReferences.heldBy(this.jdbc, "report_evidence", keys);
	}

	void acknowledge(long id, String by, Instant at) {
		this.jdbc.sql("""
				update reports set status = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by
				where id = :id and status = 'RECEIVED'
				""").param("at", utc(at)).param("by", by).param("id", id).update();
	}

	void reclassify(long id, ReportCategory category) {
		this.jdbc.sql("update reports set category = :category where id = :id")
			.param("category", category.name())
			.param("id", id)
			.update();
	}

	void close(long id, String reason, Instant at) {
		this.jdbc.sql("update reports set status = 'CLOSED', close_reason = :reason, closed_at = :at where id = :id")
			.param("reason", reason)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void policeStepDone(long id, String by, Instant at) {
		this.jdbc.sql("update reports set police_step_done_at = :at, police_step_done_by = :by where id = :id")
			.param("at", utc(at))
			.param("by", by)
			.param("id", id)
			.update();
	}

	void escalate(long id, Level to, Instant at, Instant newDue) {
		this.jdbc.sql("""
				update reports set escalated_to = :level, escalated_at = :at, acknowledge_due_at = :due
				where id = :id
				""").param("level", to.name()).param("at", utc(at)).param("due", utc(newDue)).param("id", id).update();
	}

	private static Report from(ResultSet rs) throws SQLException {
		String escalated = rs.getString("escalated_to");
		return new Report(rs.getLong("id"), rs.getString("receipt_code"), rs.getString("reporter"),
				rs.getString("reporter_ref"), ReportCategory.valueOf(rs.getString("category")), rs.getString("what"),
				rs.getString("platform"), rs.getString("link"), rs.getObject("happened_on", LocalDate.class),
				rs.getString("involved"), rs.getString("unit_code"), Level.valueOf(rs.getString("addressed_to")),
				escalated == null ? null : Level.valueOf(escalated), Report.Status.valueOf(rs.getString("status")),
				rs.getString("close_reason"), instant(rs.getObject("police_step_done_at", OffsetDateTime.class)),
				rs.getString("police_step_done_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("acknowledge_due_at", OffsetDateTime.class).toInstant(),
				instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
				rs.getObject("feedback_due_at", OffsetDateTime.class).toInstant());
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
