package nl.mediaprotocol.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import nl.mediaprotocol.cases.CaseStatistics;
import nl.mediaprotocol.consent.ConsentDecision;
import nl.mediaprotocol.consent.ConsentReason;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.CoverageStatistics;
import nl.mediaprotocol.consent.Decider;
import nl.mediaprotocol.consent.Purpose;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import nl.mediaprotocol.monitoring.MonitoringStatistics;
import nl.mediaprotocol.reporting.ReportStatistics;
import nl.mediaprotocol.system.PeriodQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's figures, counted in the database, against an independent count: every
 * row of the tables read and counted in Java, month by month in the board's time zone, as
 * the dashboard counted before it asked the database for the figures. The board is the
 * demo board (its units, groups, students and consent decisions) with a few hundred
 * reports, cases and monitoring requests of random units, months and durations added.
 * Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(properties = { "mediaprotocol.demo.enabled=true", "mediaprotocol.demo.password=dashboard-figures" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class DashboardFiguresIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Directory directory;

	@Autowired
	ReportStatistics reports;

	@Autowired
	CaseStatistics cases;

	@Autowired
	MonitoringStatistics monitoring;

	@Autowired
	CoverageStatistics coverage;

	@Autowired
	ConsentRegister register;

	List<String> units = new ArrayList<>();

	Map<String, Set<String>> subtrees = new HashMap<>();

	@BeforeAll
	void theDemoBoardWithTwoYearsOfReportsCasesAndRequests() {
		this.directory.unitTree().forEach(this::walk);
		assertThat(this.units).as("the demo board's units").hasSizeGreaterThan(3);
		SplittableRandom random = new SplittableRandom(42);
		Instant now = this.clock.instant();
		for (int i = 0; i < 400; i++) {
			Instant created = now.minusSeconds(random.nextLong(2L * 365 * 86_400));
			// a few on the first moment of a month in the board's time zone
			if (i % 40 == 0) {
				created = YearMonth.from(created.atZone(this.clock.getZone()))
					.atDay(1)
					.atStartOfDay(this.clock.getZone())
					.toInstant();
			}
			Instant acknowledged = random.nextInt(4) == 0 ? null : later(created, random);
			Instant closed = acknowledged == null || random.nextBoolean() ? null : later(acknowledged, random);
			String unit = this.units.get(random.nextInt(this.units.size()));
			this.jdbc.sql("""
					insert into reports (receipt_code, category, what, unit_code, addressed_to, status, created_at,
					    acknowledge_due_at, acknowledged_at, feedback_due_at, closed_at)
					values (:receipt, :category, 'Wat er gebeurde', :unit, 'DIRECTEUR', :status, :created,
					    :created, :acknowledged, :created, :closed)
					""")
				.param("receipt", "F-" + i)
				.param("category", List.of("BULLYING", "MEMES", "THREAT").get(random.nextInt(3)))
				.param("unit", unit)
				.param("status", closed != null ? "CLOSED" : acknowledged != null ? "ACKNOWLEDGED" : "RECEIVED")
				.param("created", utc(created))
				.param("acknowledged", utc(acknowledged))
				.param("closed", utc(closed))
				.update();
			Instant opened = now.minusSeconds(random.nextLong(2L * 365 * 86_400));
			Instant caseClosed = random.nextBoolean() ? null : later(opened, random);
			String caseUnit = random.nextInt(10) == 0 ? null : this.units.get(random.nextInt(this.units.size()));
			this.jdbc.sql("""
					insert into cases (subject_ref, subject_kind, unit_code, title, handler, transgressive, status,
					    opened_at, closed_at)
					values (:subject, :kind, :unit, 'Zaak', 'handler', false, :status, :opened, :closed)
					""")
				.param("subject", "S-" + i)
				.param("kind", List.of("STUDENT", "EMPLOYEE", "GUARDIAN").get(random.nextInt(3)))
				.param("unit", caseUnit)
				.param("status", caseClosed == null ? "OPEN" : "CLOSED")
				.param("opened", utc(opened))
				.param("closed", utc(caseClosed))
				.update();
			if (i % 3 == 0) {
				Instant requested = now.minusSeconds(random.nextLong(2L * 365 * 86_400));
				this.jdbc
					.sql("""
							insert into monitoring_requests (person_ref, unit_code, requested_by, suspicion, scope,
							    starts_on, ends_on, status, requested_at)
							values (:person, :unit, 'manager', 'Vermoeden', 'Schoolnetwerk', :day, :day, :status, :requested)
							""")
					.param("person", "P-" + i)
					.param("unit", caseUnit)
					.param("day", requested.atZone(this.clock.getZone()).toLocalDate())
					.param("status", List.of("AWAITING_ADVICE", "CLOSED").get(random.nextInt(2)))
					.param("requested", utc(requested))
					.update();
			}
		}
	}

	@Test
	void reportsCasesAndRequestsCountedInTheDatabaseAreTheCountsOfTheirRows() {
		for (Period period : periods()) {
			for (Set<String> selection : selections()) {
				Map<List<Object>, Integer> reported = new HashMap<>();
				this.reports.filed(period.from(), period.to(), selection)
					.forEach(row -> assertThat(
							reported.put(List.of(row.unitCode(), row.category(), row.month()), row.count()))
						.isNull());
				assertThat(reported).as("reports " + period + " " + selection)
					.isEqualTo(count(rows("reports", "created_at", "category", null), period, selection));

				Map<List<Object>, Integer> opened = new HashMap<>();
				this.cases.opened(period.from(), period.to(), selection)
					.forEach(row -> opened.put(Arrays.asList(row.unitCode(), row.subjectKind().name(), row.month()),
							row.count()));
				assertThat(opened).as("cases " + period + " " + selection)
					.isEqualTo(count(rows("cases", "opened_at", "subject_kind", null), period, selection));
				if (selection == null || selection.size() > 1) {
					assertThat(reported).as("reports " + period + " " + selection).isNotEmpty();
					assertThat(opened).as("cases " + period + " " + selection).isNotEmpty();
				}

				Map<List<Object>, Integer> requested = new HashMap<>();
				this.monitoring.requested(period.from(), period.to(), selection)
					.forEach(row -> requested.put(Arrays.asList(row.unitCode(), row.status(), row.month()),
							row.count()));
				assertThat(requested).as("monitoring " + period + " " + selection)
					.isEqualTo(count(rows("monitoring_requests", "requested_at", "status", null), period, selection));
			}
		}
	}

	@Test
	void mediansAndNinetiethPercentilesWorkedOutInTheDatabaseAreThoseOfTheRowsMinutes() {
		for (Period period : periods()) {
			for (Set<String> selection : selections()) {
				compare(this.reports.minutesToAcknowledge(period.from(), period.to(), selection),
						rows("reports", "created_at", "category", "acknowledged_at"), period, selection);
				compare(this.reports.minutesToClose(period.from(), period.to(), selection),
						rows("reports", "created_at", "category", "closed_at"), period, selection);
				compare(this.cases.minutesToClose(period.from(), period.to(), selection),
						rows("cases", "opened_at", "subject_kind", "closed_at"), period, selection);
			}
		}
	}

	@Test
	void consentCoverageReadUnitByUnitIsTheGroupByGroupCount() {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<CoverageStatistics.Row> expected = new ArrayList<>();
		int decided = 0;
		for (String unit : this.units) {
			for (GroupLabel group : this.directory.unit(unit).orElseThrow().groups()) {
				List<PersonFacts> students = this.directory.studentsOfGroup(group.id());
				Map<String, List<ConsentDecision>> answers = this.register.decisions(students, now);
				for (Purpose purpose : purposes) {
					int withDecision = 0;
					for (PersonFacts student : students) {
						List<ConsentDecision> relevant = answers.get(student.ref())
							.stream()
							.filter(answer -> answer.purpose().equals(purpose.code()))
							.toList();
						boolean answered = relevant.stream()
							.anyMatch(answer -> answer.allowed() || answer.decidedBy() != Decider.NONE
									|| answer.reason() == ConsentReason.STUDENT_DECIDES_NOW);
						withDecision += answered ? 1 : 0;
					}
					decided += withDecision;
					expected.add(new CoverageStatistics.Row(unit, group, purpose, students.size(), withDecision));
				}
			}
		}
		assertThat(expected).as("the demo board's groups").isNotEmpty();
		assertThat(decided).as("the demo board's decisions").isPositive();
		assertThat(this.coverage.coverage(this.units)).containsExactlyElementsOf(expected);
		String someUnit = expected.get(expected.size() - 1).unitCode();
		assertThat(this.coverage.coverage(List.of(someUnit)))
			.containsExactlyElementsOf(expected.stream().filter(row -> row.unitCode().equals(someUnit)).toList());
	}

	/** One unit's subtree in tree order. */
	private Set<String> walk(Directory.UnitNode node) {
		this.units.add(node.unit().code());
		Set<String> below = new HashSet<>(Set.of(node.unit().code()));
		node.children().forEach(child -> below.addAll(walk(child)));
		this.subtrees.put(node.unit().code(), below);
		return below;
	}

	/** Everything, one school with what lies below it, one unit alone, and no unit. */
	private List<@Nullable Set<String>> selections() {
		String school = this.subtrees.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() > 1 && entry.getValue().size() < this.units.size())
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow();
		List<@Nullable Set<String>> selections = new ArrayList<>();
		selections.add(null);
		selections.add(this.subtrees.get(school));
		selections.add(Set.of(this.units.get(this.units.size() - 1)));
		selections.add(Set.of());
		return selections;
	}

	private List<Period> periods() {
		Period year = Period.lastTwelveMonths(this.clock.instant().atZone(this.clock.getZone()).toLocalDate());
		return List.of(year, new Period(year.from().minusMonths(6), year.from().plusMonths(2)),
				new Period(year.to(), year.to()));
	}

	/** A row as stored: its unit, label, start and (if asked for) end. */
	private record Stored(@Nullable String unit, String label, Instant start, @Nullable Instant end) {
	}

	private List<Stored> rows(String table, String start, String label, @Nullable String end) {
		return this.jdbc
			.sql("select unit_code, " + label + ", " + start + (end == null ? "" : ", " + end) + " from " + table)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(),
					end == null || rs.getObject(4) == null ? null : rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	private Map<List<Object>, Integer> count(List<Stored> rows, Period period, @Nullable Set<String> selection) {
		Map<List<Object>, Integer> counts = new HashMap<>();
		rows.stream()
			.filter(in(period, selection))
			.forEach(row -> counts.merge(Arrays.asList(row.unit(), row.label(), month(row.start())), 1, Integer::sum));
		return counts;
	}

	private void compare(PeriodQuery.Durations durations, List<Stored> rows, Period period,
			@Nullable Set<String> selection) {
		Map<@Nullable String, List<Long>> perUnit = new HashMap<>();
		List<Long> all = new ArrayList<>();
		rows.stream().filter(in(period, selection)).filter(row -> row.end() != null).forEach(row -> {
			long minutes = Duration.between(row.start(), row.end()).toMinutes();
			perUnit.computeIfAbsent(row.unit(), unit -> new ArrayList<>()).add(minutes);
			all.add(minutes);
		});
		String what = period + " " + selection;
		assertThat(durations.perUnit().keySet()).as(what).isEqualTo(perUnit.keySet());
		perUnit.forEach((unit, minutes) -> same(durations.perUnit().get(unit), minutes, what + " " + unit));
		same(durations.together(), all, what + " together");
	}

	private static void same(PeriodQuery.Summary summary, List<Long> minutes, String what) {
		assertThat(summary.count()).as(what).isEqualTo(minutes.size());
		if (minutes.isEmpty()) {
			assertThat(summary.median()).as(what).isNull();
			assertThat(summary.ninetieth()).as(what).isNull();
			return;
		}
		assertThat(Percentiles.days(summary.median())).as(what + " median")
			.isCloseTo(Percentiles.days(minutes, Percentiles.MEDIAN), within(1e-9));
		assertThat(Percentiles.days(summary.ninetieth())).as(what + " p90")
			.isCloseTo(Percentiles.days(minutes, Percentiles.NINETIETH), within(1e-9));
	}

	private Predicate<Stored> in(Period period, @Nullable Collection<String> selection) {
		return row -> !month(row.start()).isBefore(period.from()) && !month(row.start()).isAfter(period.to())
				&& (selection == null || (row.unit() != null && selection.contains(row.unit())));
	}

	private YearMonth month(Instant at) {
		return YearMonth.from(at.atZone(this.clock.getZone()));
	}

	private static Instant later(Instant after, SplittableRandom random) {
		// from a minute to sixty days, to the second; often the same as another
		return after.plusSeconds(random.nextInt(5) == 0 ? 3600 : 60 + random.nextLong(60L * 86_400));
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
