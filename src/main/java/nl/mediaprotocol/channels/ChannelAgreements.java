package nl.mediaprotocol.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mediaprotocol.channels.ChannelAgreement.Decision;
import nl.mediaprotocol.channels.ChannelAgreement.Party;
import nl.mediaprotocol.channels.ChannelAgreement.PartyKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The channel agreements with their parties. */
@Repository
class ChannelAgreements {

	private final JdbcClient jdbc;

	ChannelAgreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewAgreement(long groupId, ChannelKind kind, String channelName, String purpose, String teacherRef,
			String requestedBy, Instant requestedAt, LocalDate endsOn, List<Party> parties) {
	}

	long add(NewAgreement agreement) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into channel_agreements (group_id, channel_kind, channel_name, purpose, teacher_ref,
				    requested_by, requested_at, ends_on)
				values (:group, :kind, :name, :purpose, :teacher, :by, :at, :endsOn)
				""")
			.param("group", agreement.groupId())
			.param("kind", agreement.kind().name())
			.param("name", agreement.channelName())
			.param("purpose", agreement.purpose())
			.param("teacher", agreement.teacherRef())
			.param("by", agreement.requestedBy())
			.param("at", utc(agreement.requestedAt()))
			.param("endsOn", agreement.endsOn())
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		for (Party party : agreement.parties()) {
			this.jdbc
				.sql("insert into channel_agreement_parties (agreement_id, person_ref, party_kind)"
						+ " values (:id, :ref, :kind)")
				.param("id", id)
				.param("ref", party.ref())
				.param("kind", party.kind().name())
				.update();
		}
		return id;
	}

	Optional<ChannelAgreement> find(long id) {
		return list("a.id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** Those of the groups, and those the person is a party to, the newest first. */
	List<ChannelAgreement> ofGroupsOrParty(Collection<Long> groupIds, @Nullable String ref) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!groupIds.isEmpty()) {
			conditions.add("a.group_id in (:groups)");
			params.put("groups", groupIds);
		}
		if (ref != null) {
			conditions.add("exists (select 1 from channel_agreement_parties p"
					+ " where p.agreement_id = a.id and p.person_ref = :ref)");
			params.put("ref", ref);
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		return list(String.join(" or ", conditions), params);
	}

	/** Those not ended whose end date lies before the day. */
	List<ChannelAgreement> runningPast(LocalDate day) {
		return list("a.ended_at is null and a.ends_on < :day and (a.decision is null or a.decision <> 'REFUSED')",
				Map.of("day", day));
	}

	void decide(long id, Decision decision, String by, String byName, @Nullable String reason, Instant at) {
		this.jdbc.sql("""
				update channel_agreements
				set decision = :decision, decided_by = :by, decided_by_name = :byName, decision_reason = :reason,
				    decided_at = :at
				where id = :id and decision is null
				""")
			.param("decision", decision.name())
			.param("by", by)
			.param("byName", byName)
			.param("reason", reason)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void confirm(long id, String ref, Instant at) {
		this.jdbc.sql("""
				update channel_agreement_parties set confirmed_at = :at
				where agreement_id = :id and person_ref = :ref and confirmed_at is null
				""").param("at", utc(at)).param("id", id).param("ref", ref).update();
	}

	void end(long id, @Nullable String byRef, @Nullable String reason, Instant at) {
		this.jdbc.sql("""
				update channel_agreements set ended_at = :at, ended_by_ref = :by, end_reason = :reason
				where id = :id and ended_at is null
				""").param("at", utc(at)).param("by", byRef).param("reason", reason).param("id", id).update();
	}

	private List<ChannelAgreement> list(String condition, Map<String, ?> params) {
		record Row(long id, long groupId, ChannelKind kind, String channelName, String purpose, String teacherRef,
				String requestedBy, Instant requestedAt, LocalDate endsOn, @Nullable Decision decision,
				@Nullable String decidedBy, @Nullable String decidedByName, @Nullable Instant decidedAt,
				@Nullable String decisionReason, @Nullable Instant endedAt, @Nullable String endedByRef,
				@Nullable String endReason) {
		}
		List<Row> rows = this.jdbc
			.sql("select a.* from channel_agreements a where " + condition + " order by a.requested_at desc, a.id desc")
			.params(params)
			.query((rs, n) -> {
				String decision = rs.getString("decision");
				return new Row(rs.getLong("id"), rs.getLong("group_id"),
						ChannelKind.valueOf(rs.getString("channel_kind")), rs.getString("channel_name"),
						rs.getString("purpose"), rs.getString("teacher_ref"), rs.getString("requested_by"),
						instant(rs, "requested_at"), rs.getObject("ends_on", LocalDate.class),
						decision == null ? null : Decision.valueOf(decision), rs.getString("decided_by"),
						rs.getString("decided_by_name"), nullableInstant(rs, "decided_at"),
						rs.getString("decision_reason"), nullableInstant(rs, "ended_at"), rs.getString("ended_by_ref"),
						rs.getString("end_reason"));
			})
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Party>> parties = new HashMap<>();
		this.jdbc.sql("""
				select agreement_id, person_ref, party_kind, confirmed_at from channel_agreement_parties
				where agreement_id in (:ids) order by agreement_id, person_ref
				""").param("ids", rows.stream().map(Row::id).toList()).query(rs -> {
			parties.computeIfAbsent(rs.getLong("agreement_id"), key -> new ArrayList<>())
				.add(new Party(rs.getString("person_ref"), PartyKind.valueOf(rs.getString("party_kind")),
						nullableInstant(rs, "confirmed_at")));
		});
		return rows.stream()
			.map(row -> new ChannelAgreement(row.id(), row.groupId(), row.kind(), row.channelName(), row.purpose(),
					row.teacherRef(), row.requestedBy(), row.requestedAt(), row.endsOn(), row.decision(),
					row.decidedBy(), row.decidedByName(), row.decidedAt(), row.decisionReason(), row.endedAt(),
					row.endedByRef(), row.endReason(), List.copyOf(parties.getOrDefault(row.id(), List.of()))))
			.toList();
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
