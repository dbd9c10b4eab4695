package nl.mediaprotocol.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the directory from CSV files as a student administration exports them. Every
 * line is checked first; the file is applied only when no line has a problem, and then
 * all of it at once. Importing the same file again changes nothing; a changed file
 * updates the records in place.
 */
@Service
public class DirectoryImporter {

	/** More lines than a board has people points at the wrong file. */
	static final int MAX_LINES = 50_000;

	/** The most values one {@code in (...)} list carries. */
	private static final int IN_LIST_MAX = 1000;

	private final Units units;

	private final ClassGroups groups;

	private final People people;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final UnitTreeCache unitTree;

	DirectoryImporter(Units units, ClassGroups groups, People people, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events, UnitTreeCache unitTree) {
		this.events = events;
		this.unitTree = unitTree;
		this.units = units;
		this.groups = groups;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public ImportReport importCsv(ImportKind kind, byte[] content) {
		CsvSheet sheet;
		try {
			sheet = CsvSheet.read(content);
		}
		catch (CsvSheet.Unreadable ex) {
			return ImportReport.rejected(kind, 0, List.of(ImportProblem.ofFile(ex.code(), ex.args())));
		}
		if (sheet.lines().size() > MAX_LINES) {
			return ImportReport.rejected(kind, sheet.lines().size(),
					List.of(ImportProblem.ofFile("import.file.tooManyLines", MAX_LINES)));
		}
		Map<String, String> headerOf = new HashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (ImportKind.Column column : kind.columns()) {
			Optional<String> header = sheet.headers().stream().filter(column::matches).findFirst();
			header.ifPresent(found -> headerOf.put(column.name(), found));
			if (header.isEmpty() && column.required()) {
				problems.add(ImportProblem.ofFile("import.file.missingColumn", column.name(), expectedColumns(kind)));
			}
		}
		if (!problems.isEmpty()) {
			return ImportReport.rejected(kind, sheet.lines().size(), problems);
		}
		List<ImportLine> lines = sheet.lines().stream().map(line -> {
			Map<String, @Nullable String> values = new HashMap<>();
			headerOf.forEach((column, header) -> values.put(column, line.get(header)));
			return new ImportLine(line.number(), values, problems);
		}).toList();
		SheetImport sheetImport = sheetImport(kind);
		sheetImport.check(lines);
		if (!problems.isEmpty()) {
			return ImportReport.rejected(kind, lines.size(), problems);
		}
		SheetImport.Outcome outcome = sheetImport.apply();
		Set<Long> guardiansChanged = sheetImport.studentsWhoseGuardiansChanged();
		if (!guardiansChanged.isEmpty()) {
			// in this transaction: what depends on a student's guardians changes with
			// them
			this.events.publishEvent(new GuardiansChanged(refsOf(guardiansChanged)));
		}
		// in this transaction: every instance reads the units again after the commit
		this.unitTree.changed();
		this.events
			.publishEvent(new DirectoryImported(kind, outcome.created(), outcome.updated(), outcome.unchanged()));
		return new ImportReport(kind, lines.size(), List.of(), outcome.created(), outcome.updated(),
				outcome.unchanged());
	}

	private List<String> refsOf(Set<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<String> refs = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IN_LIST_MAX) {
			refs.addAll(this.jdbc.sql("select ref from people where id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + IN_LIST_MAX)))
				.query(String.class)
				.list());
		}
		return refs;
	}

	private SheetImport sheetImport(ImportKind kind) {
		LocalDate today = LocalDate.now(this.clock);
		SchoolYear currentYear = SchoolYear.containing(today);
		return switch (kind) {
			case UNITS -> new UnitsImport(this.units);
			case GROUPS -> new GroupsImport(this.units, this.groups, currentYear);
			case EMPLOYEES ->
				new EmployeesImport(this.units, this.groups, this.people, new PeopleIndex(this.jdbc), currentYear);
			case STUDENTS -> new StudentsImport(this.groups, this.people, new PeopleIndex(this.jdbc), today);
			case GUARDIANS -> new GuardiansImport(this.people, new PeopleIndex(this.jdbc));
		};
	}

	private static String expectedColumns(ImportKind kind) {
		return kind.columns().stream().map(ImportKind.Column::name).collect(Collectors.joining(", "));
	}

}
