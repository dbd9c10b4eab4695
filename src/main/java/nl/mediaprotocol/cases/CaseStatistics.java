package nl.mediaprotocol.cases;

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
 * Cases counted for the dashboards of the school safety plan (1.2): per unit, kind of
 * subject (which ladder of chapter 4) and month of opening, and how long they took to
 * close. Nothing in it says about whom or why. Counted in the database: only the figures
 * leave it.
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
	 */
	public record Row(@Nullable String unitCode, SubjectKind subjectKind, YearMonth month, int count) {
	}

	/**
	 * The cases opened from the first day of {@code from} to the last day of {@code to}
	 * in the given units ({@code null}: every case, with a unit or without).
	 */
	public List<Row> opened(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		PeriodQuery query = query(from, to, unitCodes);
		return query.counts(this.jdbc, "cases", "subject_kind")
			.stream()
			.map(count -> new Row(count.unitCode(), SubjectKind.valueOf(count.label()), count.month(), count.count()))
			.toList();
	}

	/** From opening to closing, for the closed cases of the period. */
	public PeriodQuery.Durations minutesToClose(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		return query(from, to, unitCodes).durations(this.jdbc, "cases", "opened_at", "closed_at");
	}

	private PeriodQuery query(YearMonth from, YearMonth to, @Nullable Collection<String> unitCodes) {
		return new PeriodQuery("opened_at", from, to, this.clock.getZone(), unitCodes);
	}

}
