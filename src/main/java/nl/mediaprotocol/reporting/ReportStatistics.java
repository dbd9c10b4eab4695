package nl.mediaprotocol.reporting;

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
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports counted for the dashboards of the school safety plan (1.2): per unit, category
 * and month of filing, with how long each took to a first reaction and to closing.
 * Nothing in it says who reported, about whom, or what.
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReportStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The reports of one unit and category filed in one month (in the board's time zone).
	 *
	 * @param category the name of the report's category, e.g. {@code BULLYING}
	 * @param minutesToAcknowledge from filing to the first reaction, per acknowledged
	 * report, ascending
	 * @param minutesToClose from filing to closing, per closed report, ascending
	 */
	public record Row(String unitCode, String category, YearMonth month, int count, List<Long> minutesToAcknowledge,
			List<Long> minutesToClose) {
	}

	/**
	 * The reports filed from the first day of {@code from} to the last day of {@code to}.
	 */
	public List<Row> filed(YearMonth from, YearMonth to) {
		ZoneId zone = this.clock.getZone();
		record Filed(String unitCode, String category, Instant createdAt, @Nullable Instant acknowledgedAt,
				@Nullable Instant closedAt) {
		}
		// the month is worked out here, not in SQL: H2 and PostgreSQL truncate dates
		// differently
		List<Filed> filed = this.jdbc.sql("""
				select unit_code, category, created_at, acknowledged_at, closed_at from reports
				where created_at >= :from and created_at < :to
				""")
			.param("from", utc(from.atDay(1).atStartOfDay(zone).toInstant()))
			.param("to", utc(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> new Filed(rs.getString("unit_code"), rs.getString("category"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
					instant(rs.getObject("closed_at", OffsetDateTime.class))))
			.list();
		record Key(String unitCode, String category, YearMonth month) {
		}
		Map<Key, List<Filed>> groups = new LinkedHashMap<>();
		filed.stream()
			.sorted(Comparator.comparing(Filed::createdAt))
			.forEach(
					report -> groups
						.computeIfAbsent(new Key(report.unitCode(), report.category(),
								YearMonth.from(report.createdAt().atZone(zone))), key -> new ArrayList<>())
						.add(report));
		return groups.entrySet().stream().map(group -> {
			List<Filed> reports = group.getValue();
			return new Row(group.getKey().unitCode(), group.getKey().category(), group.getKey().month(), reports.size(),
					minutes(reports.stream().map(report -> between(report.createdAt(), report.acknowledgedAt()))),
					minutes(reports.stream().map(report -> between(report.createdAt(), report.closedAt()))));
		}).toList();
	}

	private static @Nullable Long between(Instant start, @Nullable Instant end) {
		return end == null ? null : Duration.between(start, end).toMinutes();
	}

	private static List<Long> minutes(Stream<@Nullable Long> values) {
		return values.filter(Objects::nonNull).map(Long.class::cast).sorted().toList();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
