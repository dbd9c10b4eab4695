package nl.mediaprotocol.monitoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import nl.mediaprotocol.system.PeriodQuery;
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
	 * The requests made from the first day of {@code from} to the last day of {@code to}
	 * in the given units ({@code null}: every request, with a unit or without).
	 */
	public List<Row> requested(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		PeriodQuery query = new PeriodQuery("requested_at", from, to, this.clock.getZone(), unitCodes);
		return query.counts(this.jdbc, "monitoring_requests", "status")
			.stream()
			.map(count -> new Row(count.unitCode(), count.label(), count.month(), count.count()))
			.toList();
	}

}
