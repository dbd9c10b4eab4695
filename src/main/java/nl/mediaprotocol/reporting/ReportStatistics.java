package nl.mediaprotocol.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import nl.mediaprotocol.system.PeriodQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports counted for the dashboards of the school safety plan (1.2): per unit, category
 * and month of filing, and how long they took to a first reaction and to closing. Nothing
 * in it says who reported, about whom, or what. Counted in the database: only the figures
 * leave it.
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
	 */
	public record Row(String unitCode, String category, YearMonth month, int count) {
	}

	/**
	 * The reports filed from the first day of {@code from} to the last day of {@code to}
	 * in the given units ({@code null}: every unit).
	 */
	public List<Row> filed(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		PeriodQuery query = query(from, to, unitCodes);
		return query.counts(this.jdbc, "reports", "category")
			.stream()
			.map(count -> new Row(Objects.requireNonNull(count.unitCode()), count.label(), count.month(),
					count.count()))
			.toList();
	}

	/** From filing to the first reaction, for the reports of the period with one. */
	public PeriodQuery.Durations minutesToAcknowledge(YearMonth from, YearMonth to,
			@Nullable Collection<String> unitCodes) {
		return query(from, to, unitCodes).durations(this.jdbc, "reports", "created_at", "acknowledged_at");
	}

	/** From filing to closing, for the closed reports of the period. */
	public PeriodQuery.Durations minutesToClose(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		return query(from, to, unitCodes).durations(this.jdbc, "reports", "created_at", "closed_at");
	}

	private PeriodQuery query(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		return new PeriodQuery("created_at", from, to, this.clock.getZone(), unitCodes);
	}

}
