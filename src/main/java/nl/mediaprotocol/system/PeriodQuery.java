package nl.mediaprotocol.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the dashboards' statistics ask of one table, as SQL that H2 and PostgreSQL read
 * alike: the rows of a period of months (in the board's time zone) and of some units,
 * each row's month as a number, and the minutes between two moments. The month is not
 * truncated in SQL (the two truncate dates differently) but found between the months'
 * first moments, passed as parameters. The units are one array parameter, however many (a
 * statement takes at most 65,535 parameters).
 */
public final class PeriodQuery {

	private final String column;

	private final List<YearMonth> months;

	private final @Nullable Collection<String> unitCodes;

	private final Map<String, Object> params = new HashMap<>();

	/**
	 * @param column the moment that places a row in a month
	 * @param unitCodes the units counted; {@code null} for every row, with a unit or
	 * without
	 */
	public PeriodQuery(String column, YearMonth from, YearMonth to, ZoneId zone,
			@Nullable Collection<String> unitCodes) {
		this.column = column;
		this.months = from.isAfter(to) ? List.of()
				: java.util.stream.Stream.iterate(from, month -> !month.isAfter(to), month -> month.plusMonths(1))
					.toList();
		this.unitCodes = unitCodes;
		for (int i = 0; i <= this.months.size(); i++) {
			YearMonth month = i < this.months.size() ? this.months.get(i) : to.plusMonths(1);
			this.params.put("month" + i, utc(month.atDay(1).atStartOfDay(zone).toInstant()));
		}
		if (unitCodes != null) {
			this.params.put("units", unitCodes.toArray(String[]::new));
		}
	}

	/** The condition: within the period, and in the units if any were given. */
	public String where() {
		return this.column + " >= :month0 and " + this.column + " < :month" + this.months.size()
				+ (this.unitCodes == null ? "" : " and unit_code = any(:units)");
	}

	/** The row's month as its index in the period (0 for the first month). */
	public String month() {
		if (this.months.size() < 2) {
			return "0";
		}
		StringBuilder sql = new StringBuilder("case");
		for (int i = 1; i < this.months.size(); i++) {
			sql.append(" when ").append(this.column).append(" < :month").append(i).append(" then ").append(i - 1);
		}
		return sql.append(" else ").append(this.months.size() - 1).append(" end").toString();
	}

	/** The month of an index that {@link #month()} gave. */
	public YearMonth month(int index) {
		return this.months.get(index);
	}

	/**
	 * Whole minutes from one moment to another, as {@code Duration.toMinutes} counts
	 * them, as a floating-point number for {@code percentile_cont}.
	 */
	public static String minutes(String start, String end) {
		return "cast(trunc((extract(epoch from " + end + ") - extract(epoch from " + start
				+ ")) / 60) as double precision)";
	}

	public Map<String, Object> params() {
		return this.params;
	}

	/**
	 * How many rows of the period there are per unit, value of {@code label} (a column)
	 * and month.
	 */
	public List<Count> counts(JdbcClient jdbc, String table, String label) {
		return jdbc
			.sql("select unit_code, " + label + " as label, month_number, count(*) as n from (select unit_code, "
					+ label + ", " + month() + " as month_number from " + table + " where " + where()
					+ ") r group by unit_code, " + label + ", month_number")
			.params(this.params)
			.query((rs, row) -> new Count(rs.getString("unit_code"), rs.getString("label"),
					month(rs.getInt("month_number")), rs.getInt("n")))
			.list();
	}

	/** The rows of one unit ({@code null}: without a unit), label and month. */
	public record Count(@Nullable String unitCode, String label, YearMonth month, int count) {
	}

	/**
	 * How long the rows of the period took from one moment to another, for the rows where
	 * the second is known: per unit, and for all of them together when there is more than
	 * one unit.
	 */
	public Durations durations(JdbcClient jdbc, String table, String start, String end) {
		String rows = "select unit_code, " + minutes(start, end) + " as minutes from " + table + " where " + where()
				+ " and " + end + " is not null";
		String summary = "count(*) as n, percentile_cont(0.5) within group (order by minutes) as median,"
				+ " percentile_cont(0.9) within group (order by minutes) as ninetieth from (" + rows + ") d";
		Map<@Nullable String, Summary> perUnit = new HashMap<>();
		jdbc.sql("select unit_code, " + summary + " group by unit_code").params(this.params).query(rs -> {
			perUnit.put(rs.getString("unit_code"), summary(rs));
		});
		Summary together = perUnit.size() == 1 ? perUnit.values().iterator().next()
				: perUnit.isEmpty() ? new Summary(0, null, null)
						: jdbc.sql("select " + summary).params(this.params).query((rs, row) -> summary(rs)).single();
		return new Durations(perUnit, together);
	}

	/** The durations of each unit ({@code null}: rows without a unit) and of all. */
	public record Durations(Map<@Nullable String, Summary> perUnit, Summary together) {
	}

	/**
	 * How many durations, and their median and 90th percentile in minutes, interpolated
	 * between the nearest ranks ({@code percentile_cont}); nothing for none.
	 */
	public record Summary(int count, @Nullable Double median, @Nullable Double ninetieth) {
	}

	private static Summary summary(ResultSet rs) throws SQLException {
		int count = rs.getInt("n");
		return new Summary(count, count == 0 ? null : rs.getDouble("median"),
				count == 0 ? null : rs.getDouble("ninetieth"));
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
