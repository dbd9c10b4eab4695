package nl.mediaprotocol.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The care signals and their timelines. */
@Repository
class CareSignals {

	/**
	 * How many closed signals a coordinator's list shows, the most recently closed first.
	 */
	static final int CLOSED_SHOWN = 50;

	private final JdbcClient jdbc;

	CareSignals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewSignal(String studentRef, @Nullable String unitCode, String observation, @Nullable String actionTaken,
			String raisedBy, String raisedByName, Instant raisedAt) {
	}

	record NewEntry(long signalId, CareEntry.Kind kind, @Nullable String text, @Nullable String referredTo,
			@Nullable LocalDate heldOn, @Nullable Long corrects, String author, String authorName, Instant recordedAt) {
	}

	/**
	 * The units whose signals someone handles: the whole board, or these unit codes.
	 */
	record Reach(boolean wholeBoard, Set<String> unitCodes) {

		boolean isEmpty() {
			return !this.wholeBoard && this.unitCodes.isEmpty();
		}

	}

	long add(NewSignal signal) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into care_signals (student_ref, unit_code, observation, action_taken, raised_by, raised_by_name,
				    status, raised_at)
				values (:student, :unit, :observation, :actionTaken, :raisedBy, :raisedByName, 'SIGNALLED', :at)
				""")
			.param("student", signal.studentRef())
			.param("unit", signal.unitCode())
			.param("observation", signal.observation())
			.param("actionTaken", signal.actionTaken())
			.param("raisedBy", signal.raisedBy())
			.param("raisedByName", signal.raisedByName())
			.param("at", utc(signal.raisedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<CareSignal> find(long id) {
		return this.jdbc.sql("select * from care_signals where id = :id")
			.param("id", id)
			.query((rs, row) -> signal(rs))
			.optional();
	}

	/** The signals someone raised, the newest first. */
	List<CareSignal> raisedBy(String username) {
		return this.jdbc.sql("select * from care_signals where raised_by = :username order by raised_at desc, id desc")
			.param("username", username)
			.query((rs, row) -> signal(rs))
			.list();
	}

	/** The open signals within a reach, the oldest first. */
	List<CareSignal> open(Reach reach) {
		if (reach.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from care_signals where status <> 'CLOSED'" + within(reach) + " order by raised_at, id")
			.params(reach.wholeBoard() ? Map.of() : Map.of("units", reach.unitCodes()))
			.query((rs, row) -> signal(rs))
			.list();
	}

	/** The most recently closed signals within a reach. */
	List<CareSignal> closed(Reach reach) {
		if (reach.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select * from care_signals where status = 'CLOSED'" + within(reach)
					+ " order by closed_at desc, id desc fetch first " + CLOSED_SHOWN + " rows only")
			.params(reach.wholeBoard() ? Map.of() : Map.of("units", reach.unitCodes()))
			.query((rs, row) -> signal(rs))
			.list();
	}

	/**
	 * Moves a signal from one state to the next; answers false when someone else moved it
	 * first.
	 */
	boolean move(long id, CareSignal.Status from, CareSignal.Status to, Instant at) {
		String closing = to == CareSignal.Status.CLOSED ? ", closed_at = :at" : "";
		return this.jdbc.sql("update care_signals set status = :to" + closing + " where id = :id and status = :from")
			.param("to", to.name())
			.param("at", utc(at))
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	long addEntry(NewEntry entry) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into care_entries (signal_id, kind, text, referred_to, held_on, corrects, author, author_name,
				    recorded_at)
				values (:signal, :kind, :text, :referredTo, :heldOn, :corrects, :author, :authorName, :at)
				""")
			.param("signal", entry.signalId())
			.param("kind", entry.kind().name())
			.param("text", entry.text())
			.param("referredTo", entry.referredTo())
			.param("heldOn", entry.heldOn())
			.param("corrects", entry.corrects())
			.param("author", entry.author())
			.param("authorName", entry.authorName())
			.param("at", utc(entry.recordedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** A signal's timeline in the order it was written. */
	List<CareEntry> entries(long signalId) {
		return this.jdbc.sql("select * from care_entries where signal_id = :id order by recorded_at, id")
			.param("id", signalId)
			.query((rs, row) -> new CareEntry(rs.getLong("id"), CareEntry.Kind.valueOf(rs.getString("kind")),
					rs.getString("text"), rs.getString("referred_to"), rs.getObject("held_on", LocalDate.class),
					rs.getObject("corrects", Long.class), rs.getString("author"), rs.getString("author_name"),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static String within(Reach reach) {
		return reach.wholeBoard() ? "" : " and unit_code in (:units)";
	}

	private static CareSignal signal(ResultSet rs) throws SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		return new CareSignal(rs.getLong("id"), rs.getString("student_ref"), rs.getString("unit_code"),
				rs.getString("observation"), rs.getString("action_taken"), rs.getString("raised_by"),
				rs.getString("raised_by_name"), CareSignal.Status.valueOf(rs.getString("status")),
				rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
				closed == null ? null : closed.toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
