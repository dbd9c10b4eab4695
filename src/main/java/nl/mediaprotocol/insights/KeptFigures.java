package nl.mediaprotocol.insights;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of whole-board dashboards, kept between looks: for a board of thousands of
 * units they take seconds to count, so they are counted in the background and a look
 * reads them here. Each kept view says when it was counted and when it was last looked
 * at; only views looked at lately are counted again.
 */
@Repository
class KeptFigures {

	private static final TypeReference<List<Dashboard.Section>> SECTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	KeptFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a viewer asked for, as far as it decides the figures: their role grants, the
	 * months, the unit chosen ({@code null}: everything in scope) and the language.
	 */
	record View(List<RoleGrant> grants, Period period, @Nullable String unit, Locale language) {

		View {
			grants = grants.stream()
				.sorted(Comparator.comparing((RoleGrant grant) -> grant.role().name())
					.thenComparing(grant -> grant.unitCode() == null ? "" : grant.unitCode()))
				.distinct()
				.toList();
			language = Locale.of(language.getLanguage());
		}

		/** One line per grant: the role, a tab and the unit (nothing when board-wide). */
		String grantsText() {
			StringBuilder text = new StringBuilder();
			this.grants.forEach(grant -> text.append(grant.role().name())
				.append('\t')
				.append(grant.unitCode() == null ? "" : grant.unitCode())
				.append('\n'));
			return text.toString();
		}

		static List<RoleGrant> grantsOf(String text) {
			return text.lines().map(line -> {
				int tab = line.indexOf('\t');
				String unit = line.substring(tab + 1);
				Role role = Role.valueOf(line.substring(0, tab));
				return unit.isEmpty() ? RoleGrant.boardWide(role) : RoleGrant.forUnit(role, unit);
			}).toList();
		}

		/** A short fixed-length key: the SHA-256 of everything that makes the view. */
		String key() {
			String whole = grantsText() + '|' + this.period.from() + '|' + this.period.to() + '|'
					+ (this.unit == null ? "" : this.unit) + '|' + this.language.getLanguage();
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(whole.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every Java has SHA-256", ex);
			}
		}

	}

	/** A view's figures and when they were counted. */
	record Kept(List<Dashboard.Section> sections, Instant countedAt) {
	}

	/**
	 * Which of a view's figures to read: the rows a page shows (a page of a whole board
	 * reads a few hundred rows, not tens of thousands), or every row, for a CSV file.
	 */
	enum Part {

		PAGE("page_figures"), EVERY_ROW("figures");

		private final String column;

		Part(String column) {
			this.column = column;
		}

	}

	/**
	 * The view's figures if they were counted no longer than {@code maxAge} ago; marks
	 * the view as looked at.
	 */
	Optional<Kept> find(View view, Duration maxAge, Part part) {
		Instant now = this.clock.instant();
		String key = view.key();
		Optional<Kept> kept = this.jdbc
			.sql("select " + part.column
					+ ", counted_at from dashboard_kept_figures where view_key = :key and counted_at >= :since")
			.param("key", key)
			.param("since", utc(now.minus(maxAge)))
			.query((rs, row) -> new Kept(read(rs.getBytes(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
		if (kept.isPresent()) {
			// a look an hour ago or more is news; every look is not: a write spared
			this.jdbc.sql("""
					update dashboard_kept_figures set last_viewed_at = :now
					where view_key = :key and last_viewed_at < :anHourAgo""")
				.param("now", utc(now))
				.param("key", key)
				.param("anHourAgo", utc(now.minus(Duration.ofHours(1))))
				.update();
		}
		return kept;
	}

	/** Keeps the view's figures as counted at {@code countedAt}, replacing older ones. */
	void keep(View view, List<Dashboard.Section> sections, Instant countedAt, boolean viewed) {
		byte[] figures = write(sections);
		byte[] pageFigures = write(sections.stream()
			.map(section -> new Dashboard.Section(section.name(), section.title(),
					section.figures().stream().map(Figure::forPage).toList()))
			.toList());
		String key = view.key();
		if (replace(key, figures, pageFigures, countedAt, viewed) > 0 || exists(key)) {
			// Replaced, or a later count is kept already.
			return;
		}
		try {
			this.jdbc.sql("""
					insert into dashboard_kept_figures
					  (view_key, viewer_grants, period_from, period_to, unit_code, language, figures, page_figures,
					   counted_at, last_viewed_at)
					values (:key, :grants, :from, :to, :unit, :language, :figures, :pageFigures, :counted, :counted)""")
				.param("key", key)
				.param("grants", view.grantsText())
				.param("from", view.period().from().toString())
				.param("to", view.period().to().toString())
				.param("unit", view.unit())
				.param("language", view.language().getLanguage())
				.param("figures", figures)
				.param("pageFigures", pageFigures)
				.param("counted", utc(countedAt))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance kept the same view a moment ago: the later count wins.
			replace(key, figures, pageFigures, countedAt, viewed);
		}
	}

	private int replace(String key, byte[] figures, byte[] pageFigures, Instant countedAt, boolean viewed) {
		return this.jdbc
			.sql("""
					update dashboard_kept_figures
					set figures = :figures, page_figures = :pageFigures, counted_at = :counted
					%s where view_key = :key and counted_at <= :counted"""
				.formatted(viewed ? ", last_viewed_at = :counted" : ""))
			.param("figures", figures)
			.param("pageFigures", pageFigures)
			.param("counted", utc(countedAt))
			.param("key", key)
			.update();
	}

	private boolean exists(String key) {
		return this.jdbc.sql("select count(*) from dashboard_kept_figures where view_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single() > 0;
	}

	/** The views looked at since {@code since}, to count again. */
	List<View> lookedAtSince(Instant since) {
		return this.jdbc.sql("""
				select viewer_grants, period_from, period_to, unit_code, language from dashboard_kept_figures
				where last_viewed_at >= :since order by view_key""")
			.param("since", utc(since))
			.query((rs, row) -> new View(View.grantsOf(rs.getString(1)),
					new Period(YearMonth.parse(rs.getString(2)), YearMonth.parse(rs.getString(3))), rs.getString(4),
					Locale.of(rs.getString(5))))
			.list();
	}

	/** Forgets the views nobody looked at since {@code since}; says how many. */
	int forgetNotLookedAtSince(Instant since) {
		return this.jdbc.sql("delete from dashboard_kept_figures where last_viewed_at < :since")
			.param("since", utc(since))
			.update();
	}

	private byte[] write(List<Dashboard.Section> sections) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes)) {
			this.json.writerFor(SECTIONS).writeValue(out, sections);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private List<Dashboard.Section> read(byte[] figures) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(figures))) {
			return this.json.readValue(in, SECTIONS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
