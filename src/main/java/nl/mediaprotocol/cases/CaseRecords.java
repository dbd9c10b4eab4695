package nl.mediaprotocol.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.system.FileReferences;
import nl.mediaprotocol.system.StoredFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cases, their entries, tasks and attachments as stored; the attachments' files in the
 * file store.
 */
@Repository
class CaseRecords implements FileReferences {

	/** Cases whose entries and tasks are read with one statement. */
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final StoredFiles files;

	CaseRecords(JdbcClient jdbc, StoredFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	record NewCase(String subjectRef, SubjectKind kind, @Nullable String unitCode, String title, String handler,
			@Nullable Long reportId, Instant at) {
	}

	record NewEntry(long caseId, CaseEntry.Kind kind, @Nullable String stepCode, String text, @Nullable Long corrects,
			@Nullable String reference, String author, Instant happenedAt, Instant recordedAt) {
	}

	record NewTask(long caseId, String what, CaseEntry.@Nullable Kind doneByEntry, @Nullable String assignee,
			@Nullable Role assigneeRole, Instant dueAt, String createdBy, Instant createdAt) {
	}

	record StoredAttachment(long id, long entryId, String fileName, String contentType, byte[] content) {
	}

	long add(NewCase draft) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into cases (subject_ref, subject_kind, unit_code, title, handler, report_id, transgressive, status, opened_at)
					values (:subject, :kind, :unit, :title, :handler, :report, false, 'OPEN', :at)
					""")
			.param("subject", draft.subjectRef())
			.param("kind", draft.kind().name())
			.param("unit", draft.unitCode())
			.param("title", draft.title())
			.param("handler", draft.handler())
			.param("report", draft.reportId())
			.param("at", utc(draft.at()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Case> find(long id) {
		return cases("c.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** A condition on {@code c}, the cases table, with its parameters. */
	record Condition(String sql, Map<String, ?> params) {
	}

	/** Cases matching a condition on {@code c} (the cases table), with all they hold. */
	List<Case> cases(String condition, Map<String, ?> params) {
		return withContents(this.jdbc.sql("select c.* from cases c where " + condition + " order by c.opened_at, c.id")
			.params(params)
			.query((rs, row) -> caseRow(rs))
			.list());
	}

	/**
	 * One page of the cases matching a condition, open ones first ({@code OPEN} sorts
	 * after {@code CLOSED}), then the newest, with all they hold; one more than asked
	 * for, when there is one, to say that another page follows.
	 */
	List<Case> page(Condition condition, long offset, int size) {
		return withContents(this.jdbc
			.sql("select c.* from cases c where " + condition.sql()
					+ " order by c.status desc, c.opened_at desc, c.id desc limit :limit offset :offset")
			.params(condition.params())
			.param("limit", size + 1)
			.param("offset", offset)
			.query((rs, row) -> caseRow(rs))
			.list());
	}

	private List<Case> withContents(List<CaseRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CaseEntry>> entries = new java.util.HashMap<>();
		Map<Long, List<CaseTask>> tasks = new java.util.HashMap<>();
		// in batches: a database takes only so many parameters in one statement
		List<Long> all = rows.stream().map(CaseRow::id).toList();
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Long> ids = all.subList(from, Math.min(all.size(), from + BATCH));
			Map<Long, List<CaseEntry.Attachment>> attachments = this.jdbc.sql("""
					select a.id, a.entry_id, a.file_name, a.content_type from case_attachments a
					join case_entries e on e.id = a.entry_id where e.case_id in (:ids) order by a.id
					""")
				.param("ids", ids)
				.query((rs, row) -> Map.entry(rs.getLong("entry_id"),
						new CaseEntry.Attachment(rs.getLong("id"), rs.getString("file_name"),
								rs.getString("content_type"))))
				.list()
				.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
			this.jdbc.sql("""
					select e.*, a.acknowledged_by, a.acknowledged_at from case_entries e
					left join case_acknowledgements a on a.entry_id = e.id
					where e.case_id in (:ids) order by e.recorded_at, e.id
					""")
				.param("ids", ids)
				.query((rs, row) -> Map.entry(rs.getLong("case_id"), entry(rs, attachments)))
				.list()
				.forEach(pair -> entries.computeIfAbsent(pair.getKey(), key -> new ArrayList<>()).add(pair.getValue()));
			tasks("t.case_id in (:ids)", Map.of("ids", ids))
				.forEach(task -> tasks.computeIfAbsent(task.caseId(), key -> new ArrayList<>()).add(task));
		}
		return rows.stream()
			.map(row -> row.toCase(entries.getOrDefault(row.id(), List.of()), tasks.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** Tasks matching a condition on {@code t} (the tasks table), by due time. */
	List<CaseTask> tasks(String condition, Map<String, ?> params) {
		return this.jdbc.sql("select t.* from case_tasks t where " + condition + " order by t.due_at, t.id")
			.params(params)
			.query((rs, row) -> task(rs))
			.list();
	}

	/**
	 * Open cases in a number of units (null: all, those without a unit too) counted by
	 * unit, subject kind and the last step taken, in the order the entries were recorded.
	 */
	List<OpenCases> openCasesPerStep(@Nullable Collection<String> units) {
		return this.jdbc.sql("""
				select c.unit_code, c.subject_kind, c.step_code, count(*) as cases
				from cases c where c.status = 'OPEN'""" + inUnits(units) + """
				group by c.unit_code, c.subject_kind, c.step_code""")
			.params(unitsParam(units))
			.query((rs, row) -> new OpenCases(rs.getString("unit_code"),
					SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("step_code"), rs.getLong("cases")))
			.list();
	}

	/** Open cases of one unit and kind of subject whose last step is {@code stepCode}. */
	record OpenCases(@Nullable String unitCode, SubjectKind subjectKind, @Nullable String stepCode, long cases) {
	}

	/**
	 * Open tasks past their due time on open cases in a number of units (null: all), the
	 * most overdue first, at most {@code limit}, with how many there are in all.
	 */
	OverdueTasks overdueTasks(@Nullable Collection<String> units, Instant now, int limit) {
		Map<String, Object> params = unitsParam(units);
		params.put("now", utc(now));
		String overdue = " from case_tasks t join cases c on c.id = t.case_id"
				+ " where c.status = 'OPEN' and t.done_at is null and t.due_at < :now" + inUnits(units);
		long count = this.jdbc.sql("select count(*)" + overdue).params(params).query(Long.class).single();
		List<OverdueTask> first = this.jdbc
			.sql("select t.*, c.unit_code" + overdue + " order by t.due_at, c.opened_at, c.id, t.id limit :limit")
			.params(params)
			.param("limit", limit)
			.query((rs, row) -> new OverdueTask(task(rs), rs.getString("unit_code")))
			.list();
		return new OverdueTasks(first, count);
	}

	record OverdueTask(CaseTask task, @Nullable String unitCode) {
	}

	record OverdueTasks(List<OverdueTask> first, long count) {
	}

	private static String inUnits(@Nullable Collection<String> units) {
		return units == null ? "" : " and c.unit_code = any(:units)";
	}

	private static Map<String, Object> unitsParam(@Nullable Collection<String> units) {
		Map<String, Object> params = new java.util.HashMap<>();
		if (units != null) {
			params.put("units", units.toArray(String[]::new));
		}
		return params;
	}

	long addEntry(NewEntry entry) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into case_entries (case_id, kind, step_code, text, corrects, reference, author, happened_at, recorded_at)
					values (:case, :kind, :step, :text, :corrects, :reference, :author, :happened, :recorded)
					""")
			.param("case", entry.caseId())
			.param("kind", entry.kind().name())
			.param("step", entry.stepCode())
			.param("text", entry.text())
			.param("corrects", entry.corrects())
			.param("reference", entry.reference())
			.param("author", entry.author())
			.param("happened", utc(entry.happenedAt()))
			.param("recorded", utc(entry.recordedAt()))
			.update(keys, "id");
		if (entry.kind() == CaseEntry.Kind.STEP && entry.stepCode() != null) {
			// the case's current step: that of its last step entry (V26)
			this.jdbc.sql("""
					update cases set step_code = (
					  select e.step_code from case_entries e
					  where e.case_id = cases.id and e.kind = 'STEP' and e.step_code is not null
					  order by e.recorded_at desc, e.id desc limit 1)
					where id = :case""").param("case", entry.caseId()).update();
		}
		return keys.getKeyAs(Number.class).longValue();
	}

	void acknowledge(long entryId, String by, Instant at) {
		this.jdbc.sql(
				"insert into case_acknowledgements (entry_id, acknowledged_by, acknowledged_at) values (:entry, :by, :at)")
			.param("entry", entryId)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	void attach(long entryId, String fileName, String contentType, byte[] content) {
		this.jdbc.sql("""
				insert into case_attachments (entry_id, file_name, content_type, file_key)
				values (:entry, :name, :type, :key)
				""")
			.param("entry", entryId)
			.param("name", fileName)
			.param("type", contentType)
			.param("key", this.files.store(content))
			.update();
	}

	Optional<StoredAttachment> attachment(long caseId, long attachmentId) {
		return this.jdbc.sql("""
				select a.* from case_attachments a join case_entries e on e.id = a.entry_id
				where a.id = :id and e.case_id = :case
				""")
			.param("id", attachmentId)
			.param("case", caseId)
			.query((rs, row) -> new StoredAttachment(rs.getLong("id"), rs.getLong("entry_id"),
					rs.getString("file_name"), rs.getString("content_type"), this.files.read(rs.getString("file_key"))))
			.optional();
	}

	/** The cases' attachment files, deleted with their rows once the deletion commits. */
	void deleteAttachmentFilesAfterCommit(Collection<Long> caseIds) {
		this.files.deleteAfterCommit(this.jdbc.sql("""
				select a.file_key from case_attachments a join case_entries e on e.id = a.entry_id
				where e.case_id in (:ids)
				""").param("ids", caseIds).query(String.class).list());
	}

	@Override
	public Set<String> inUse(Collection<String> keys) {
		return FileReferences.heldBy(this.jdbc, "case_attachments", keys);
	}

	void markTransgressive(long id) {
		this.jdbc.sql("update cases set transgressive = true where id = :id").param("id", id).update();
	}

	void classify(long id, CaseClassification classification) {
		this.jdbc.sql("update cases set classification = :classification where id = :id")
			.param("classification", classification.name())
			.param("id", id)
			.update();
	}

	void close(long id, Instant at) {
		this.jdbc.sql("update cases set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	boolean hadEarlierCases(String subjectRef, long id) {
		return this.jdbc.sql("select count(*) from cases where subject_ref = :subject and id < :id")
			.param("subject", subjectRef)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	long addTask(NewTask task) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into case_tasks (case_id, what, done_by_entry, assignee, assignee_role, due_at, created_by, created_at)
					values (:case, :what, :entry, :assignee, :role, :due, :by, :at)
					""")
			.param("case", task.caseId())
			.param("what", task.what())
			.param("entry", task.doneByEntry() == null ? null : task.doneByEntry().name())
			.param("assignee", task.assignee())
			.param("role", task.assigneeRole() == null ? null : task.assigneeRole().name())
			.param("due", utc(task.dueAt()))
			.param("by", task.createdBy())
			.param("at", utc(task.createdAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Marks open tasks done; returns how many. */
	int finishTasks(String condition, Map<String, ?> params, String by, Instant at) {
		Map<String, Object> all = new java.util.HashMap<>(params);
		all.put("by", by);
		all.put("at", utc(at));
		return this.jdbc
			.sql("update case_tasks t set done_at = :at, done_by = :by where t.done_at is null and " + condition)
			.params(all)
			.update();
	}

	void reminded(Collection<Long> taskIds, Instant at) {
		if (!taskIds.isEmpty()) {
			this.jdbc.sql("update case_tasks set reminded_at = :at where id in (:ids)")
				.param("at", utc(at))
				.param("ids", taskIds)
				.update();
		}
	}

	/** Open tasks past their due time, not reminded since {@code remindedBefore}. */
	List<CaseTask> overdueToRemind(Instant now, Instant remindedBefore) {
		return tasks("t.done_at is null and t.due_at < :now and (t.reminded_at is null or t.reminded_at <= :before)",
				Map.of("now", utc(now), "before", utc(remindedBefore)));
	}

	private record CaseRow(long id, String subjectRef, SubjectKind kind, @Nullable String unitCode, String title,
			String handler, @Nullable Long reportId, boolean transgressive, @Nullable CaseClassification classification,
			Case.Status status, Instant openedAt) {

		Case toCase(List<CaseEntry> entries, List<CaseTask> tasks) {
			return new Case(this.id, this.subjectRef, this.kind, this.unitCode, this.title, this.handler, this.reportId,
					this.transgressive, this.classification, this.status, this.openedAt, List.copyOf(entries),
					List.copyOf(tasks));
		}

	}

	private static CaseRow caseRow(ResultSet rs) throws SQLException {
		String classification = rs.getString("classification");
		return new CaseRow(rs.getLong("id"), rs.getString("subject_ref"),
				SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("unit_code"), rs.getString("title"),
				rs.getString("handler"), rs.getObject("report_id", Long.class), rs.getBoolean("transgressive"),
				classification == null ? null : CaseClassification.valueOf(classification),
				Case.Status.valueOf(rs.getString("status")), instant(rs, "opened_at"));
	}

	private static CaseEntry entry(ResultSet rs, Map<Long, List<CaseEntry.Attachment>> attachments)
			throws SQLException {
		long id = rs.getLong("id");
		return new CaseEntry(id, CaseEntry.Kind.valueOf(rs.getString("kind")), rs.getString("step_code"),
				rs.getString("text"), rs.getObject("corrects", Long.class), rs.getString("reference"),
				rs.getString("author"), instant(rs, "happened_at"), instant(rs, "recorded_at"),
				rs.getString("acknowledged_by"), nullableInstant(rs, "acknowledged_at"),
				attachments.getOrDefault(id, List.of()));
	}

	private static CaseTask task(ResultSet rs) throws SQLException {
		String entry = rs.getString("done_by_entry");
		String role = rs.getString("assignee_role");
		return new CaseTask(rs.getLong("id"), rs.getLong("case_id"), rs.getString("what"),
				entry == null ? null : CaseEntry.Kind.valueOf(entry), rs.getString("assignee"),
				role == null ? null : Role.valueOf(role), instant(rs, "due_at"), rs.getString("created_by"),
				nullableInstant(rs, "done_at"), rs.getString("done_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
