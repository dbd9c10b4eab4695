package nl.mediaprotocol.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases: opened about one subject, worked along the subject's sanction ladder, with a
 * timeline whose entries are never changed.
 */
@Service
@Transactional
public class CaseBook {

	private final JdbcClient jdbc;

	private final SanctionLadders ladders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseBook(JdbcClient jdbc, SanctionLadders ladders, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ladders = ladders;
		this.events = events;
		this.clock = clock;
	}

	public long open(String subjectRef, SubjectKind kind, String title, CurrentUser handler, @Nullable Long reportId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into cases (subject_ref, subject_kind, title, handler, report_id, transgressive, status, opened_at)
					values (:subject, :kind, :title, :handler, :report, false, 'OPEN', :at)
					""")
			.param("subject", subjectRef)
			.param("kind", kind.name())
			.param("title", title)
			.param("handler", handler.getUsername())
			.param("report", reportId)
			.param("at", now())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.events.publishEvent(new CaseEvent(id, "OPENED", subjectRef, kind.name()));
		return id;
	}

	@Transactional(readOnly = true)
	public Case get(long id) {
		List<CaseEntry> entries = this.jdbc.sql("""
				select e.*, a.acknowledged_by, a.acknowledged_at from case_entries e
				left join case_acknowledgements a on a.entry_id = e.id
				where e.case_id = :id order by e.recorded_at, e.id
				""").param("id", id).query((rs, row) -> entry(rs)).list();
		return this.jdbc.sql("select * from cases where id = :id")
			.param("id", id)
			.query((rs, row) -> new Case(rs.getLong("id"), rs.getString("subject_ref"),
					SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("title"), rs.getString("handler"),
					rs.getObject("report_id", Long.class), rs.getBoolean("transgressive"),
					Case.Status.valueOf(rs.getString("status")),
					rs.getObject("opened_at", OffsetDateTime.class).toInstant(), entries))
			.optional()
			.orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
	}

	/** The next steps of the case's ladder, with why a step is not open yet. */
	@Transactional(readOnly = true)
	public List<SanctionLadder.StepOption> nextSteps(long id) {
		Case found = get(id);
		return ladderOf(found).nextSteps(history(found));
	}

	/** Takes a ladder step, when the ladder has it open. */
	public long takeStep(long id, String stepCode, String text, CurrentUser by) {
		Case found = get(id);
		found.checkOpen();
		SanctionLadder ladder = ladderOf(found);
		if (!ladder.isOpen(stepCode, history(found))) {
			throw new CaseRefused("cases.refused.stepNotOpen");
		}
		long entry = addEntry(id, CaseEntry.Kind.STEP, stepCode, text, null, by);
		this.events.publishEvent(new CaseEvent(id, "STEP_TAKEN", found.subjectRef(), stepCode));
		return entry;
	}

	/** 4.3: the bestuurder acknowledges a measure, which only then takes effect. */
	public void acknowledge(long id, long entryId, CurrentUser bestuurder) {
		Case found = get(id);
		if (!bestuurder.has(Role.BESTUURDER)) {
			throw new CaseRefused("cases.refused.onlyBestuurder");
		}
		CaseEntry entry = found.entries()
			.stream()
			.filter(candidate -> candidate.id() == entryId && candidate.kind() == CaseEntry.Kind.STEP)
			.findFirst()
			.orElseThrow(() -> new CaseRefused("cases.refused.notFound"));
		if (entry.acknowledgedAt() == null) {
			this.jdbc
				.sql("insert into case_acknowledgements (entry_id, acknowledged_by, acknowledged_at)"
						+ " values (:entry, :by, :at)")
				.param("entry", entryId)
				.param("by", bestuurder.getUsername())
				.param("at", now())
				.update();
			this.events.publishEvent(new CaseEvent(id, "MEASURE_ACKNOWLEDGED", found.subjectRef(), entry.stepCode()));
		}
	}

	/** 4.2: the board called the employee's communication transgressive. */
	public void markTransgressive(long id, CurrentUser by) {
		Case found = get(id);
		found.checkOpen();
		this.jdbc.sql("update cases set transgressive = true where id = :id").param("id", id).update();
		addEntry(id, CaseEntry.Kind.NOTE, null, "Gekwalificeerd als grensoverschrijdend (4.2)", null, by);
		this.events.publishEvent(new CaseEvent(id, "MARKED_TRANSGRESSIVE", found.subjectRef(), null));
	}

	/**
	 * Records the call to the Landelijke Vertrouwensinspecteur (0900-1113111): when, who,
	 * summary.
	 */
	public void recordInspectorCall(long id, Instant calledAt, String summary, CurrentUser by) {
		Case found = get(id);
		found.checkOpen();
		if (summary == null || summary.isBlank()) {
			throw new CaseRefused("cases.refused.summaryNeeded");
		}
		this.jdbc.sql("""
				insert into case_entries (case_id, kind, text, author, happened_at, recorded_at)
				values (:id, 'INSPECTOR_CALL', :text, :author, :happened, :now)
				""")
			.param("id", id)
			.param("text", summary.strip())
			.param("author", by.getUsername())
			.param("happened", OffsetDateTime.ofInstant(calledAt, ZoneOffset.UTC))
			.param("now", now())
			.update();
		this.events.publishEvent(new CaseEvent(id, "INSPECTOR_CALLED", found.subjectRef(), null));
	}

	/**
	 * A correction is a new entry that refers to the one it corrects; nothing is edited.
	 */
	public long correct(long id, long entryId, String text, CurrentUser by) {
		Case found = get(id);
		found.checkOpen();
		if (found.entries().stream().noneMatch(entry -> entry.id() == entryId)) {
			throw new CaseRefused("cases.refused.notFound");
		}
		return addEntry(id, CaseEntry.Kind.CORRECTION, null, text, entryId, by);
	}

	public void close(long id, CurrentUser by) {
		Case found = get(id);
		found.checkClosable();
		this.jdbc.sql("update cases set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", now())
			.param("id", id)
			.update();
		this.events.publishEvent(new CaseEvent(id, "CLOSED", found.subjectRef(), null));
	}

	private SanctionLadder ladderOf(Case found) {
		return this.ladders.forSubject(found.subjectKind());
	}

	/**
	 * What counts for the ladder: steps taken in this case, and whether the subject had
	 * earlier cases.
	 */
	private SanctionLadder.CaseHistory history(Case found) {
		boolean earlier = this.jdbc.sql("select count(*) from cases where subject_ref = :subject and id < :id")
			.param("subject", found.subjectRef())
			.param("id", found.id())
			.query(Long.class)
			.single() > 0;
		return new SanctionLadder.CaseHistory(found.stepsInEffect(ladderOf(found)), earlier);
	}

	private long addEntry(long id, CaseEntry.Kind kind, @Nullable String step, String text, @Nullable Long corrects,
			CurrentUser by) {
		if (text == null || text.isBlank()) {
			throw new CaseRefused("cases.refused.textNeeded");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into case_entries (case_id, kind, step_code, text, corrects, author, happened_at, recorded_at)
				values (:id, :kind, :step, :text, :corrects, :author, :now, :now)
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("step", step)
			.param("text", text.strip())
			.param("corrects", corrects)
			.param("author", by.getUsername())
			.param("now", now())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private static CaseEntry entry(ResultSet rs) throws SQLException {
		OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
		return new CaseEntry(rs.getLong("id"), CaseEntry.Kind.valueOf(rs.getString("kind")), rs.getString("step_code"),
				rs.getString("text"), rs.getObject("corrects", Long.class), rs.getString("author"),
				rs.getObject("happened_at", OffsetDateTime.class).toInstant(),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("acknowledged_by"),
				acknowledged == null ? null : acknowledged.toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
