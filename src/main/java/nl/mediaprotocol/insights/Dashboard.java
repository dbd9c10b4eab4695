package nl.mediaprotocol.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.cases.CaseStatistics;
import nl.mediaprotocol.consent.CoverageStatistics;
import nl.mediaprotocol.consent.Purpose;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.monitoring.MonitoringStatistics;
import nl.mediaprotocol.protocol.AcknowledgementStatistics;
import nl.mediaprotocol.publication.TakedownStatistics;
import nl.mediaprotocol.reporting.ReportStatistics;
import nl.mediaprotocol.system.PeriodQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The dashboards of the school safety plan (1.2): gathers each module's statistics for
 * the units in the viewer's scope and the period asked for, puts them into figures with
 * the {@link SmallCellRule} applied, and records every look in the audit trail.
 */
@Service
class Dashboard {

	/** No durations: a unit with records in the period of which none has one yet. */
	private static final PeriodQuery.Summary NONE = new PeriodQuery.Summary(0, null, null);

	/**
	 * The most groups the consent coverage lists one by one; a scope with more (a board
	 * of thousands of groups) is shown per unit below the top, each unit chosen shows its
	 * groups.
	 */
	static final int GROUPS_LISTED = 500;

	/** The sections of the page and the figures in each, in order. */
	static final Map<String, List<String>> SECTIONS = sections();

	private final ReportStatistics reports;

	private final CaseStatistics cases;

	private final TakedownStatistics takedowns;

	private final CoverageStatistics coverage;

	private final AcknowledgementStatistics acknowledgements;

	private final MonitoringStatistics monitoring;

	private final Directory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final KeptFigures kept;

	private final Keeping keeping;

	/**
	 * When a view's figures are kept rather than counted at each look: from how many
	 * units counted, and how old kept figures may be when shown.
	 */
	record Keeping(int fromUnits, Duration maxAge) {
	}

	Dashboard(ReportStatistics reports, CaseStatistics cases, TakedownStatistics takedowns, CoverageStatistics coverage,
			AcknowledgementStatistics acknowledgements, MonitoringStatistics monitoring, Directory directory,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, KeptFigures kept,
			@Value("${mediaprotocol.insights.keep-figures-from-units:1000}") int keepFromUnits,
			@Value("${mediaprotocol.insights.kept-figures-max-age:30m}") Duration keptMaxAge) {
		this.reports = reports;
		this.cases = cases;
		this.takedowns = takedowns;
		this.coverage = coverage;
		this.acknowledgements = acknowledgements;
		this.monitoring = monitoring;
		this.directory = directory;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.kept = kept;
		this.keeping = new Keeping(keepFromUnits, keptMaxAge);
	}

	private static Map<String, List<String>> sections() {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		sections.put("reports", List.of("reports-by-month", "reports-by-category", "reports-by-unit"));
		sections.put("cases", List.of("cases-by-month", "cases-by-subject", "cases-by-unit"));
		sections.put("times", List.of("report-reaction-times", "report-closing-times", "case-closing-times"));
		sections.put("takedowns", List.of("takedowns"));
		sections.put("consent", List.of("consent-coverage"));
		sections.put("protocol", List.of("acknowledgements"));
		sections.put("monitoring", List.of("monitoring-by-month", "monitoring-by-status"));
		return Collections.unmodifiableMap(sections);
	}

	/** What the viewer asked for: a period of months and a unit, both optional. */
	record Request(CurrentUser viewer, @Nullable String from, @Nullable String to, @Nullable String unit,
			Locale locale) {
	}

	/**
	 * The page: what was asked, what may be chosen, and the figures; when they were kept,
	 * the moment they were counted.
	 */
	record Page(Period period, @Nullable String unit, Scope.UnitChooser units, List<Section> sections,
			@Nullable LocalDateTime countedAt, Duration keptAtMost) {
	}

	record Section(String name, String title, List<Figure> figures) {
	}

	/**
	 * The whole dashboard, with the units found by {@code unitSearch} to choose from;
	 * nothing when the unit asked for lies outside the viewer's scope.
	 */
	Optional<Page> page(Request request, @Nullable String unitSearch) {
		return build(request).map(build -> {
			Counted counted = counted(build, KeptFigures.Part.PAGE);
			this.events.publishEvent(new InsightsViewed("dashboard", false, build.details()));
			return new Page(build.period, build.filter.selected(),
					build.scope.chooser(build.filter.selected(), unitSearch), counted.sections(),
					counted.keptAt() == null ? null : LocalDateTime.ofInstant(counted.keptAt(), this.clock.getZone()),
					this.keeping.maxAge());
		});
	}

	/** A view's figures, and when they were counted if they were kept. */
	private record Counted(List<Section> sections, @Nullable Instant keptAt) {
	}

	/**
	 * The figures of the view: counted now, or for a view over many units, as kept when
	 * they were counted lately (and kept now when they were not).
	 */
	private Counted counted(Build build, KeptFigures.Part part) {
		if (!build.isKept()) {
			return new Counted(build.sections(), null);
		}
		KeptFigures.View view = build.view();
		Optional<KeptFigures.Kept> kept = this.kept.find(view, this.keeping.maxAge(), part);
		if (kept.isPresent()) {
			return new Counted(kept.get().sections(), kept.get().countedAt());
		}
		Instant countedAt = this.clock.instant();
		List<Section> sections = build.sections();
		this.kept.keep(view, sections, countedAt, true);
		return new Counted(sections, countedAt);
	}

	/**
	 * Counts a kept view again, as its viewers would see it now; false when it is no
	 * longer kept (its unit gone, or too few units left to keep it).
	 */
	boolean countAgain(KeptFigures.View view) {
		Instant countedAt = this.clock.instant();
		CurrentUser viewer = CurrentUser.of("dashboard", null, view.grants().toArray(RoleGrant[]::new));
		Scope scope = Scope.of(viewer, this.directory.unitTree());
		Optional<Build> build = scope.filter(view.unit())
			.map(filter -> new Build(new Request(viewer, null, null, view.unit(), view.language()), scope, filter,
					view.period()))
			.filter(Build::isKept);
		build.ifPresent(found -> this.kept.keep(view, found.sections(), countedAt, false));
		return build.isPresent();
	}

	/**
	 * How the viewer chooses a unit, with the units found by what they typed; nothing
	 * when the viewer has no dashboard.
	 */
	Optional<Scope.UnitChooser> units(CurrentUser viewer, @Nullable String selected, @Nullable String unitSearch) {
		Scope scope = Scope.of(viewer, this.directory.unitTree());
		return scope.isEmpty() ? Optional.empty() : Optional.of(scope.chooser(selected, unitSearch));
	}

	/**
	 * One figure, for its CSV file; nothing for an unknown figure or a unit out of scope.
	 */
	Optional<Figure> figure(Request request, String name) {
		if (SECTIONS.values().stream().noneMatch(figures -> figures.contains(name))) {
			return Optional.empty();
		}
		return build(request).map(build -> {
			Figure figure = build.isKept() ? counted(build, KeptFigures.Part.EVERY_ROW).sections()
				.stream()
				.flatMap(section -> section.figures().stream())
				.filter(each -> each.name().equals(name))
				.findFirst()
				.orElseThrow() : build.figure(name);
			this.events.publishEvent(new InsightsViewed(name, true, build.details()));
			return figure;
		});
	}

	private Optional<Build> build(Request request) {
		Scope scope = Scope.of(request.viewer(), this.directory.unitTree());
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Period period = Period.of(request.from(), request.to(), LocalDate.now(this.clock));
		return scope.filter(request.unit()).map(filter -> new Build(request, scope, filter, period));
	}

	/** One request's figures, each module asked at most once. */
	private final class Build {

		private final Request request;

		private final Scope scope;

		private final UnitFilter filter;

		private final Period period;

		private final SmallCellRule rule;

		private @Nullable List<ReportStatistics.Row> reportRows;

		private @Nullable List<CaseStatistics.Row> caseRows;

		private Build(Request request, Scope scope, UnitFilter filter, Period period) {
			this.request = request;
			this.scope = scope;
			this.filter = filter;
			this.period = period;
			this.rule = scope.rule();
		}

		/** Whether this view counts so many units that its figures are kept. */
		boolean isKept() {
			return this.filter.units().size() >= Dashboard.this.keeping.fromUnits();
		}

		KeptFigures.View view() {
			return new KeptFigures.View(List.copyOf(this.request.viewer().grants()), this.period,
					this.filter.selected(), this.request.locale());
		}

		List<Section> sections() {
			return SECTIONS.entrySet()
				.stream()
				.map(section -> new Section(section.getKey(), text("insights.section." + section.getKey()),
						section.getValue().stream().map(this::figure).toList()))
				.toList();
		}

		String details() {
			return "periode " + this.period
					+ (this.filter.selected() == null ? "" : ", eenheid " + this.filter.selected());
		}

		Figure figure(String name) {
			return switch (name) {
				case "reports-by-month" -> perMonth(name, reports(), ReportStatistics.Row::month,
						ReportStatistics.Row::count, "insights.series.reports");
				case "reports-by-category" ->
					perLabel(name, reports(), row -> text("reporting.category." + row.category()),
							ReportStatistics.Row::count, "insights.column.category", "insights.series.reports");
				case "reports-by-unit" -> perUnit(name, reports(), ReportStatistics.Row::unitCode,
						ReportStatistics.Row::count, "insights.series.reports");
				case "cases-by-month" -> perMonth(name, cases(), CaseStatistics.Row::month, CaseStatistics.Row::count,
						"insights.series.cases");
				case "cases-by-subject" -> perLabel(name, cases(), row -> text("insights.subject." + row.subjectKind()),
						CaseStatistics.Row::count, "insights.column.subject", "insights.series.cases");
				case "cases-by-unit" -> perUnit(name, cases(), CaseStatistics.Row::unitCode, CaseStatistics.Row::count,
						"insights.series.cases");
				case "report-reaction-times" -> times(
						name, reports(), ReportStatistics.Row::unitCode, Dashboard.this.reports
							.minutesToAcknowledge(this.period.from(), this.period.to(), this.filter.codes()),
						"insights.series.acknowledged");
				case "report-closing-times" ->
					times(name, reports(), ReportStatistics.Row::unitCode, Dashboard.this.reports.minutesToClose(
							this.period.from(), this.period.to(), this.filter.codes()), "insights.series.closed");
				case "case-closing-times" -> times(name, cases(), CaseStatistics.Row::unitCode,
						Dashboard.this.cases.minutesToClose(this.period.from(), this.period.to(), this.filter.codes()),
						"insights.series.closed");
				case "takedowns" -> takedowns(name);
				case "consent-coverage" -> coverage(name);
				case "acknowledgements" -> acknowledgements(name);
				case "monitoring-by-month" -> perMonth(name, monitoring(), MonitoringStatistics.Row::month,
						MonitoringStatistics.Row::count, "insights.series.requests");
				case "monitoring-by-status" ->
					perLabel(name, monitoring(), row -> text("monitoring.status." + row.status()),
							MonitoringStatistics.Row::count, "insights.column.status", "insights.series.requests");
				default -> throw new IllegalArgumentException("No figure " + name);
			};
		}

		private List<ReportStatistics.Row> reports() {
			if (this.reportRows == null) {
				this.reportRows = Dashboard.this.reports.filed(this.period.from(), this.period.to(),
						this.filter.codes());
			}
			return this.reportRows;
		}

		private List<CaseStatistics.Row> cases() {
			if (this.caseRows == null) {
				this.caseRows = Dashboard.this.cases.opened(this.period.from(), this.period.to(), this.filter.codes());
			}
			return this.caseRows;
		}

		private List<MonitoringStatistics.Row> monitoring() {
			return Dashboard.this.monitoring.requested(this.period.from(), this.period.to(), this.filter.codes());
		}

		/** Every month of the period, zero where nothing happened. */
		private <T> Figure perMonth(String name, List<T> rows, Function<T, YearMonth> month, ToIntFunction<T> count,
				String series) {
			Map<YearMonth, Integer> counts = new HashMap<>();
			rows.forEach(row -> counts.merge(month.apply(row), count.applyAsInt(row), Integer::sum));
			boolean own = this.rule.owns(this.filter);
			DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", this.request.locale());
			List<Figure.Row> result = this.period.months()
				.stream()
				.map(each -> new Figure.Row(List.of(format.format(each)), List.of(each.toString()),
						List.of(this.rule.count(counts.getOrDefault(each, 0), own)), null))
				.toList();
			return figure(name, List.of(text("insights.column.month")), List.of(charted(series)), result, null);
		}

		/** Every label that occurs, most first. */
		private <T> Figure perLabel(String name, List<T> rows, Function<T, String> label, ToIntFunction<T> count,
				String header, String series) {
			Map<String, Integer> counts = new HashMap<>();
			rows.forEach(row -> counts.merge(label.apply(row), count.applyAsInt(row), Integer::sum));
			boolean own = this.rule.owns(this.filter);
			List<Figure.Row> result = counts.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.map(entry -> Figure.Row.of(entry.getKey(), List.of(this.rule.count(entry.getValue(), own))))
				.toList();
			return figure(name, List.of(text(header)), List.of(charted(series)), result, null);
		}

		/** Every unit with something to count, in the order of the unit tree. */
		private <T> Figure perUnit(String name, List<T> rows, Function<T, @Nullable String> unit,
				ToIntFunction<T> count, String series) {
			Map<@Nullable String, Integer> counts = new HashMap<>();
			rows.forEach(row -> counts.merge(unit.apply(row), count.applyAsInt(row), Integer::sum));
			List<Figure.Row> result = byUnit(counts.keySet()).stream()
				.map(code -> Figure.Row.of(unitName(code),
						List.of(this.rule.count(counts.get(code), this.rule.owns(code)))))
				.toList();
			return figure(name, List.of(text("insights.column.unit")), List.of(charted(series)), result, null);
		}

		/**
		 * Per unit with something counted in the period and for all of them together: how
		 * many have a duration, and the median and 90th percentile of their durations in
		 * days.
		 */
		private <T> Figure times(String name, List<T> rows, Function<T, @Nullable String> unit,
				PeriodQuery.Durations durations, String counted) {
			Set<@Nullable String> units = new HashSet<>(durations.perUnit().keySet());
			rows.forEach(row -> units.add(unit.apply(row)));
			List<Figure.Row> result = new ArrayList<>();
			for (String code : byUnit(units)) {
				result.add(Figure.Row.of(unitName(code),
						timeCells(durations.perUnit().getOrDefault(code, NONE), this.rule.owns(code))));
			}
			if (result.size() > 1) {
				result.add(Figure.Row.of(text("insights.together"),
						timeCells(durations.together(), this.rule.owns(this.filter))));
			}
			return figure(
					name, List.of(text("insights.column.unit")), List.of(new Figure.Series(text(counted), false),
							charted("insights.series.median"), charted("insights.series.p90")),
					result, text("insights.note.times"));
		}

		private List<Cell> timeCells(PeriodQuery.Summary summary, boolean own) {
			return List.of(this.rule.count(summary.count(), own),
					this.rule.days(summary.count(), summary.median(), own),
					this.rule.days(summary.count(), summary.ninetieth(), own));
		}

		private Figure takedowns(String name) {
			List<Figure.Row> result = Dashboard.this.takedowns.open()
				.stream()
				.filter(row -> this.filter.includes(row.unitCode()))
				.sorted(Comparator.comparingInt(row -> this.scope.positionOf(row.unitCode())))
				.map(row -> Figure.Row.of(unitName(row.unitCode()),
						List.of(this.rule.count(row.open(), this.rule.owns(row.unitCode())),
								this.rule.count(row.overdue(), this.rule.owns(row.unitCode())))))
				.toList();
			return figure(name, List.of(text("insights.column.unit")),
					List.of(charted("insights.series.open"), charted("insights.series.overdue")), result,
					text("insights.note.now"));
		}

		private Figure coverage(String name) {
			List<String> units = this.scope.unitCodes(this.filter);
			List<Figure.Row> result = Dashboard.this.coverage.groupCount(units) <= GROUPS_LISTED
					? Dashboard.this.coverage.coverage(units)
						.stream()
						.map(row -> coverageRow(row.unitCode(), row.group().name(), row.purpose(), row.students(),
								row.withDecision()))
						.toList()
					: Dashboard.this.coverage.coveragePerUnit(this.scope.unitsBelowTheTop(this.filter))
						.stream()
						.map(row -> coverageRow(row.unitCode(), text("insights.coverage.groups", row.groups()),
								row.purpose(), row.students(), row.withDecision()))
						.toList();
			return figure(name,
					List.of(text("insights.column.unit"), text("insights.column.group"),
							text("insights.column.purpose")),
					List.of(new Figure.Series(text("insights.series.students"), false),
							new Figure.Series(text("insights.series.withDecision"), false),
							charted("insights.series.shareDecided")),
					result, text("insights.note.now"));
		}

		private Figure.Row coverageRow(String unitCode, String group, Purpose purpose, int students, int withDecision) {
			boolean own = this.rule.owns(unitCode);
			String unit = unitName(unitCode);
			List<String> labels = List.of(unit, group, purpose.name(this.request.locale()));
			return new Figure.Row(labels, labels, List.of(this.rule.count(students, own),
					this.rule.count(withDecision, own), this.rule.share(withDecision, students, own)),
					group + " (" + unit + ")");
		}

		private Figure acknowledgements(String name) {
			Optional<AcknowledgementStatistics.Figures> figures = Dashboard.this.acknowledgements
				.perUnit(this.request.viewer());
			List<Figure.Row> result = figures.map(AcknowledgementStatistics.Figures::rows)
				.orElse(List.of())
				.stream()
				.filter(row -> this.filter.includes(row.unitCode()))
				.sorted(Comparator.comparingInt(row -> this.scope.positionOf(row.unitCode())))
				.map(row -> {
					boolean own = this.rule.owns(row.unitCode());
					return Figure.Row.of(unitName(row.unitCode()),
							List.of(this.rule.count(row.employees(), own), this.rule.count(row.confirmed(), own),
									this.rule.share(row.confirmed(), row.employees(), own)));
				})
				.toList();
			return figure(name, List.of(text("insights.column.unit")),
					List.of(new Figure.Series(text("insights.series.employees"), false),
							new Figure.Series(text("insights.series.confirmed"), false),
							charted("insights.series.shareConfirmed")),
					result, figures.map(found -> text("insights.note.protocol", found.version())).orElse(null));
		}

		private List<@Nullable String> byUnit(Collection<@Nullable String> codes) {
			return codes.stream().sorted(Comparator.comparingInt(this.scope::positionOf)).toList();
		}

		private String unitName(@Nullable String code) {
			String name = this.scope.nameOf(code);
			return name == null ? text("insights.noUnit") : name;
		}

		private Figure.Series charted(String key) {
			return new Figure.Series(text(key), true);
		}

		private Figure figure(String name, List<String> labelHeaders, List<Figure.Series> series, List<Figure.Row> rows,
				@Nullable String note) {
			return new Figure(name, text("insights.figure." + name), labelHeaders, series, rows, note);
		}

		String text(String key, Object... arguments) {
			return Dashboard.this.messages.getMessage(key, arguments, key, this.request.locale());
		}

	}

}
