package nl.mediaprotocol.lessons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.mediaprotocol.consent.Medium;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The permissions given for recording in lessons. */
@Repository
class LessonPermissions {

	/** How many ended or withdrawn permissions a list shows. */
	static final int PAST_SHOWN = 20;

	private final JdbcClient jdbc;

	LessonPermissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewPermission(long groupId, LessonWindow window, String purpose, List<Medium> media, Recorders recorders,
			List<String> recorderRefs, @Nullable String note, String grantedBy, String grantedByName,
			Instant grantedAt) {
	}

	long add(NewPermission permission) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into lesson_permissions (group_id, starts_at, ends_at, purpose, media, recorders, note,
				    granted_by, granted_by_name, granted_at)
				values (:group, :starts, :ends, :purpose, :media, :recorders, :note, :by, :byName, :at)
				""")
			.param("group", permission.groupId())
			.param("starts", utc(permission.window().startsAt()))
			.param("ends", utc(permission.window().endsAt()))
			.param("purpose", permission.purpose())
			.param("media", permission.media().stream().map(Medium::name).collect(Collectors.joining(",")))
			.param("recorders", permission.recorders().name())
			.param("note", permission.note())
			.param("by", permission.grantedBy())
			.param("byName", permission.grantedByName())
			.param("at", utc(permission.grantedAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (String ref : permission.recorderRefs()) {
			this.jdbc.sql("insert into lesson_permission_recorders (permission_id, student_ref) values (:id, :ref)")
				.param("id", id)
				.param("ref", ref)
				.update();
		}
		return id;
	}

	Optional<LessonPermission> find(long id) {
		return list("id = :id", Map.of("id", id), "").stream().findFirst();
	}

	/** Those of the groups that still stand or are to come, the first lesson first. */
	List<LessonPermission> standing(Collection<Long> groupIds, Instant now) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return list("group_id in (:groups) and ends_at > :now and withdrawn_at is null",
				Map.of("groups", groupIds, "now", utc(now)), "order by starts_at, id");
	}

	/** The latest of the groups that ended or were withdrawn, the latest first. */
	List<LessonPermission> past(Collection<Long> groupIds, Instant now) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return list("group_id in (:groups) and (ends_at <= :now or withdrawn_at is not null)",
				Map.of("groups", groupIds, "now", utc(now)),
				"order by starts_at desc, id desc fetch first " + PAST_SHOWN + " rows only");
	}

	void withdraw(long id, String by, String reason, Instant at) {
		this.jdbc.sql("""
				update lesson_permissions set withdrawn_at = :at, withdrawn_by = :by, withdraw_reason = :reason
				where id = :id and withdrawn_at is null
				""").param("at", utc(at)).param("by", by).param("reason", reason).param("id", id).update();
	}

	private List<LessonPermission> list(String condition, Map<String, ?> params, String order) {
		List<LessonPermission> found = this.jdbc
			.sql("select * from lesson_permissions where " + condition + " " + order)
			.params(params)
			.query((rs, row) -> from(rs, List.of()))
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, List<String>> recorders = new HashMap<>();
		this.jdbc
			.sql("select permission_id, student_ref from lesson_permission_recorders"
					+ " where permission_id in (:ids) order by student_ref")
			.param("ids", found.stream().map(LessonPermission::id).toList())
			.query(rs -> {
				recorders.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getString(2));
			});
		return found.stream()
			.map(permission -> permission.withRecorders(recorders.getOrDefault(permission.id(), List.of())))
			.toList();
	}

	private static LessonPermission from(ResultSet rs, List<String> recorderRefs) throws SQLException {
		return new LessonPermission(rs.getLong("id"), rs.getLong("group_id"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), rs.getString("purpose"),
				Arrays.stream(rs.getString("media").split(",")).map(Medium::valueOf).toList(),
				Recorders.valueOf(rs.getString("recorders")), recorderRefs, rs.getString("note"),
				rs.getString("granted_by"), rs.getString("granted_by_name"), instant(rs, "granted_at"),
				nullableInstant(rs, "withdrawn_at"), rs.getString("withdrawn_by"), rs.getString("withdraw_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
