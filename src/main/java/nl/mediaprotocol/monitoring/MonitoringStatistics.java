package nl.mediaprotocol.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring requests (3.1.11) counted for the dashboards of the school safety plan
 * (1.2): per unit, month of the request and where they stand now. Nothing in it says
 * about whom or why.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	MonitoringStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The requests of one unit made in one month (in the board's time zone) that now
	 * stand at one status.
	 *
	 * @param unitCode the unit of the person concerned, if known
	 * @param status the name of the status, e.g. {@code AWAITING_ADVICE}
	 */
	public record Row(@Nullable String unitCode, String status, YearMonth month, int count) {
	}

	/**
	 * The requests made from the first day of {@code from} to the last day of {@code to}.
	 */
	public List<Row> requested(YearMonth from, YearMonth to) {
		ZoneId zone = this.clock.getZone();
		record Key(@Nullable String unitCode, String status, YearMonth month) {
		}
		Map<Key, Integer> counts = new LinkedHashMap<>();
		// the month is worked out here, not in SQL: H2 and PostgreSQL truncate dates
		// differently
		this.jdbc.sql("""
				select unit_code, status, requested_at from monitoring_requests
				where requested_at >= :from and requested_at < :to order by requested_at, id
				""")
			.param("from", utc(from.atDay(1).atStartOfDay(zone).toInstant()))
			.param("to", utc(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
			.query(rs -> {
				YearMonth month = YearMonth
					.from(rs.getObject("requested_at", OffsetDateTime.class).toInstant().atZone(zone));
				counts.merge(new Key(rs.getString("unit_code"), rs.getString("status"), month), 1, Integer::sum);
			});
		return counts.entrySet()
			.stream()
			.map(count -> new Row(count.getKey().unitCode(), count.getKey().status(), count.getKey().month(),
					count.getValue()))
			.toList();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
