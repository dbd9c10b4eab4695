package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases counted for the dashboards of the school safety plan (1.2): per unit, kind of
 * subject (which ladder of chapter 4) and month of opening, with how long each took to
 * close. Nothing in it says about whom or why.
 */
@Service
@Transactional(readOnly = true)
public class CaseStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The cases of one unit and kind of subject opened in one month (in the board's time
	 * zone).
	 *
	 * @param unitCode the subject's unit, if known
	 * @param minutesToClose from opening to closing, per closed case, ascending
	 */
	public record Row(@Nullable String unitCode, SubjectKind subjectKind, YearMonth month, int count,
			List<Long> minutesToClose) {
	}

	/**
	 * The cases opened from the first day of {@code from} to the last day of {@code to}.
	 */
	public List<Row> opened(YearMonth from, YearMonth to) {
		ZoneId zone = this.clock.getZone();
		record Opened(@Nullable String unitCode, SubjectKind kind, Instant openedAt, @Nullable Instant closedAt) {
		}
		// the month is worked out here, not in SQL: H2 and PostgreSQL truncate dates
		// differently
		List<Opened> opened = this.jdbc.sql("""
				select unit_code, subject_kind, opened_at, closed_at from cases
				where opened_at >= :from and opened_at < :to
				""")
			.param("from", utc(from.atDay(1).atStartOfDay(zone).toInstant()))
			.param("to", utc(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> {
				OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
				return new Opened(rs.getString("unit_code"), SubjectKind.valueOf(rs.getString("subject_kind")),
						rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
						closed == null ? null : closed.toInstant());
			})
			.list();
		record Key(@Nullable String unitCode, SubjectKind kind, YearMonth month) {
		}
		Map<Key, List<Opened>> groups = new LinkedHashMap<>();
		opened.stream()
			.sorted(Comparator.comparing(Opened::openedAt))
			.forEach(found -> groups
				.computeIfAbsent(new Key(found.unitCode(), found.kind(), YearMonth.from(found.openedAt().atZone(zone))),
						key -> new ArrayList<>())
				.add(found));
		return groups.entrySet()
			.stream()
			.map(group -> new Row(group.getKey().unitCode(), group.getKey().kind(), group.getKey().month(),
					group.getValue().size(),
					group.getValue()
						.stream()
						.map(found -> found.closedAt() == null ? null
								: Duration.between(found.openedAt(), found.closedAt()).toMinutes())
						.filter(Objects::nonNull)
						.map(Long.class::cast)
						.sorted()
						.toList()))
			.toList();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
