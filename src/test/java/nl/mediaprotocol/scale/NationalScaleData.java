package nl.mediaprotocol.scale;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import net.datafaker.Faker;
import nl.mediaprotocol.MediaprotocolApplication;
import nl.mediaprotocol.directory.SchoolYear;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills an empty PostgreSQL database with a national-scale board: at scale 1, 8,000
 * units, 2,500,000 students in 100,000 groups, 5,000,000 guardians, 300,000 employees
 * with accounts, 10,000,000 consent decisions, 1,000,000 reports and 1,000,000 cases with
 * their timelines and tasks. The application itself creates the schema and its start-up
 * data (purposes, protocol, channels) first; the rest is streamed in with {@code COPY},
 * from a seeded random generator, so that two runs at one scale give the same data.
 *
 * <p>
 * Run with {@code ./mvnw -B -Pscale test-compile exec:exec -Dscale=0.1}; see the README,
 * "Load and scale".
 */
public final class NationalScaleData {

	/** Where the generator's own PostgreSQL keeps its data, when no URL is given. */
	static final Path EMBEDDED_DATA = Path.of("target", "scale-postgres");

	static final int EMBEDDED_PORT = 15432;

	static final int GROUP_SIZE = 25;

	static final int LOCATIONS_PER_SCHOOL = 3;

	static final int BATCH = 50_000;

	static final String BOARD = "NL";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private static final String[] CATEGORIES = { "BULLYING", "MEMES", "GOOD_NAME", "PERSONAL_DATA",
			"DERAILED_COMMUNICATION", "HACKED_ACCOUNT", "THREAT", "STALKING", "LESSON_RECORDING", "OTHER" };

	private static final String[] PLATFORMS = { "WhatsApp", "Instagram", "TikTok", "Snapchat", "YouTube", "Discord" };

	private static final String[] MEDIA = { "PHOTO", "VIDEO", "AUDIO" };

	private final Counts counts;

	private final long seed;

	private final Instant now = Instant.now();

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	private final String[] firstNames;

	private final String[] lastNames;

	private final String[] prefixes = { null, null, null, "van", "de", "van der", "van den", "el" };

	private NationalScaleData(Counts counts, long seed) {
		this.counts = counts;
		this.seed = seed;
		Faker faker = new Faker(Locale.of("nl"), new Random(seed));
		Set<String> first = new LinkedHashSet<>();
		Set<String> last = new LinkedHashSet<>();
		for (int i = 0; i < 2_000 && (first.size() < 300 || last.size() < 300); i++) {
			first.add(clean(faker.name().firstName()));
			last.add(clean(faker.name().lastName()));
		}
		this.firstNames = first.toArray(String[]::new);
		this.lastNames = last.toArray(String[]::new);
	}

	/** How many of everything, at a fraction of national scale. */
	record Counts(int units, int schools, int locations, int groups, int students, int guardians, int employees,
			int decisions, int reports, int cases) {

		static Counts at(double scale) {
			int schools = Math.max(2, (int) Math.round(2_000 * scale));
			int locations = schools * LOCATIONS_PER_SCHOOL;
			int students = Math.max(GROUP_SIZE * 4, (int) Math.round(2_500_000 * scale));
			return new Counts(1 + schools + locations, schools, locations, (students + GROUP_SIZE - 1) / GROUP_SIZE,
					students, 2 * students, Math.max(locations * 4, (int) Math.round(300_000 * scale)),
					(int) Math.round(10_000_000 * scale), (int) Math.round(1_000_000 * scale),
					(int) Math.round(1_000_000 * scale));
		}

	}

	public static void main(String[] args) throws Exception {
		double scale = Double.parseDouble(System.getProperty("scale", "1"));
		long seed = Long.getLong("seed", 2026);
		String url = System.getProperty("db.url");
		String user = System.getProperty("user.name.db", System.getProperty("db.user", "postgres"));
		String password = System.getProperty("db.password", "postgres");
		String accountPassword = System.getProperty("scale.password", "scale");
		boolean serve = Boolean.getBoolean("serve");
		EmbeddedDatabase embedded = null;
		if (url == null || url.isBlank()) {
			embedded = EmbeddedDatabase.start();
			url = embedded.url();
			user = "postgres";
			password = "postgres";
		}
		try {
			NationalScaleData data = new NationalScaleData(Counts.at(scale), seed);
			if (!Boolean.getBoolean("skipLoad")) {
				data.load(url, user, password, accountPassword, scale);
			}
			if (serve) {
				print("serving", url + " (user " + user + "); stop with Ctrl-C");
				Thread.currentThread().join();
			}
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	private void load(String url, String user, String password, String accountPassword, double scale)
			throws SQLException, IOException {
		long started = System.nanoTime();
		print("scale", scale + " (seed " + this.seed + ")");
		print("counts", this.counts.toString());
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(true);
			try (Statement sql = connection.createStatement()) {
				if (hasTable(sql, "people") && count(sql, "select count(*) from people") > 0) {
					print("skipped", "the database already holds people; generate into an empty database");
					return;
				}
			}
		}
		long step = System.nanoTime();
		schema(url, user, password);
		print("schema and start-up data (the application)", seconds(step), "s");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement sql = connection.createStatement()) {
			connection.setAutoCommit(true);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			List<String> purposes = new ArrayList<>();
			try (ResultSet rs = sql.executeQuery("select code from consent_purposes order by position")) {
				while (rs.next()) {
					purposes.add(rs.getString(1));
				}
			}
			// consistent by construction: no foreign key checks row by row; the
			// migrations' secondary indexes are built once, after the load
			sql.execute("set session_replication_role = replica");
			sql.execute("set maintenance_work_mem = '512MB'");
			List<String> indexes = dropSecondaryIndexes(sql);
			String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(accountPassword);
			String secretHash = new BCryptPasswordEncoder(12).encode("GEHEIM");

			timed("units", () -> units(copy));
			timed("class groups", () -> groups(copy));
			timed("students", () -> students(copy));
			timed("guardians and guardianships", () -> guardians(copy));
			timed("employees, teachers", () -> employees(copy));
			timed("accounts and roles", () -> accounts(copy, hash));
			// the purposes' texts were in force long before the decisions
			sql.execute("update consent_purpose_texts set effective_from = now() - interval '6 years'");
			timed("consent decisions", () -> decisions(copy, purposes));
			timed("reports and messages", () -> reports(copy, secretHash));
			timed("cases, entries, tasks", () -> cases(copy));
			for (String table : List.of("units", "class_groups", "people", "accounts", "consent_decisions", "reports",
					"report_messages", "cases", "case_entries", "case_tasks")) {
				sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			sql.execute("set session_replication_role = origin");
			step = System.nanoTime();
			for (String index : indexes) {
				sql.execute(index);
			}
			print("indexes rebuilt (" + indexes.size() + ")", seconds(step), "s");
			// the consent coverage (V24) and the decisions that still count (V27) were
			// worked out by migrations 24.1 and 27 when the register was empty: the
			// application runs them once more, on the decisions loaded now
			step = System.nanoTime();
			sql.execute("drop table consent_standing_decisions");
			sql.execute("drop index consent_decisions_newest_first");
			sql.execute("delete from flyway_schema_history where version in ('24.1', '27')");
			schema(url, user, password, "--spring.flyway.out-of-order=true");
			print("consent coverage and standing decisions (migrations 24.1 and 27 again)", seconds(step), "s");
			step = System.nanoTime();
			sql.execute("vacuum analyze");
			print("vacuum analyze", seconds(step), "s");
			sizes(sql);
		}
		print("total", seconds(started), "s");
	}

	/**
	 * Starts the application once on the empty database: Flyway and the start-up data.
	 */
	private static void schema(String url, String user, String password, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--mediaprotocol.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--spring.task.scheduling.pool.size=1"));
		args.addAll(List.of(more));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediaprotocolApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(args.toArray(String[]::new))) {
			context.getId();
		}
	}

	// --- the directory
	// -------------------------------------------------------------------

	/** Unit 1 is the board; then the schools; then three locations per school. */
	private void units(CopyManager copy) throws SQLException, IOException {
		Rows rows = new Rows(copy, "units (id, code, name, kind, parent_id)");
		rows.row(1, BOARD, "Landelijk bestuur", "BOARD", null);
		for (int s = 1; s <= this.counts.schools(); s++) {
			rows.row(1 + s, schoolCode(s), "School " + s, "SCHOOL", 1);
		}
		for (int l = 1; l <= this.counts.locations(); l++) {
			int school = (l - 1) / LOCATIONS_PER_SCHOOL + 1;
			rows.row(locationId(l), locationCode(l), "Locatie " + l + " van school " + school, "LOCATION", 1 + school);
		}
		rows.close();
	}

	private void groups(CopyManager copy) throws SQLException, IOException {
		String year = SchoolYear.containing(this.today).toString();
		Rows rows = new Rows(copy, "class_groups (id, code, name, school_year, unit_id)");
		for (int g = 1; g <= this.counts.groups(); g++) {
			rows.row(g, "G" + g, "Groep " + g + " (" + (4 + age(g)) + " jaar)", year, locationId(locationOfGroup(g)));
		}
		rows.close();
	}

	/** Student n (1-based) is person n, in group (n - 1) / GROUP_SIZE + 1. */
	private void students(CopyManager copy) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 1);
		Rows rows = new Rows(copy, "people (id, ref, kind, first_name, last_name_prefix, last_name, date_of_birth,"
				+ " unit_id, group_id)");
		for (int n = 1; n <= this.counts.students(); n++) {
			int group = groupOf(n);
			LocalDate born = this.today.minusYears(4 + age(group)).minusDays(1 + random.nextInt(364));
			rows.row(n, studentRef(n), "STUDENT", pick(this.firstNames, random), pick(this.prefixes, random),
					pick(this.lastNames, random), born, locationId(locationOfGroup(group)), group);
		}
		rows.close();
	}

	/** Guardians 2n - 1 and 2n of student n, as people after the students. */
	private void guardians(CopyManager copy) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 2);
		Rows people = new Rows(copy, "people (id, ref, kind, first_name, last_name_prefix, last_name, email, phone)");
		for (int g = 1; g <= this.counts.guardians(); g++) {
			people.row(guardianId(g), guardianRef(g), "GUARDIAN", pick(this.firstNames, random),
					pick(this.prefixes, random), pick(this.lastNames, random), "ouder" + g + "@example.org",
					"06" + String.format(Locale.ROOT, "%08d", g % 100_000_000));
		}
		people.close();
		Rows guardianships = new Rows(copy, "guardianships (guardian_id, student_id)");
		for (int g = 1; g <= this.counts.guardians(); g++) {
			guardianships.row(guardianId(g), (g + 1) / 2);
		}
		guardianships.close();
	}

	/**
	 * Per location: a teamleider first, then teachers; per school one directeur; the rest
	 * support staff. Every group has one teacher at its location.
	 */
	private void employees(CopyManager copy) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 3);
		Rows rows = new Rows(copy, "people (id, ref, kind, first_name, last_name_prefix, last_name, email,"
				+ " function_title, unit_id, manager_id)");
		for (int e = 1; e <= this.counts.employees(); e++) {
			Employee employee = employee(e);
			rows.row(employeeId(e), employeeRef(e), "EMPLOYEE", pick(this.firstNames, random),
					pick(this.prefixes, random), pick(this.lastNames, random), "m" + e + "@school.example",
					employee.title(), employee.unitId(),
					employee.manager() == 0 ? null : employeeId(employee.manager()));
		}
		rows.close();
		Rows teachers = new Rows(copy, "group_teachers (employee_id, group_id)");
		for (int g = 1; g <= this.counts.groups(); g++) {
			teachers.row(employeeId(teacherOf(g)), g);
		}
		teachers.close();
	}

	record Employee(String title, long unitId, int manager, String role, String unitCode) {
	}

	/**
	 * Employees 1..schools are the directeuren, then one teamleider per location, then
	 * teachers spread over the locations, then the board's staff (one in fifty).
	 */
	Employee employee(int e) {
		int schools = this.counts.schools();
		int locations = this.counts.locations();
		if (e <= schools) {
			return new Employee("Directeur", 1 + e, 0, "DIRECTEUR", schoolCode(e));
		}
		if (e <= schools + locations) {
			int location = e - schools;
			int school = (location - 1) / LOCATIONS_PER_SCHOOL + 1;
			return new Employee("Teamleider", locationId(location), school, "TEAMLEIDER", locationCode(location));
		}
		int location = (e - schools - locations - 1) % locations + 1;
		int teamleader = schools + location;
		if (e % 50 == 0) {
			return new Employee("Medewerker bestuursbureau", 1, 0, "MEDEWERKER", null);
		}
		return new Employee("Leerkracht", locationId(location), teamleader, "LEERKRACHT", locationCode(location));
	}

	/** A teacher at the group's location. */
	private int teacherOf(int group) {
		int schools = this.counts.schools();
		int locations = this.counts.locations();
		int location = locationOfGroup(group);
		int teachersPerLocation = (this.counts.employees() - schools - locations) / locations;
		int k = ((group - 1) / locations) % Math.max(1, teachersPerLocation - 1);
		int e = schools + locations + k * locations + location;
		return e % 50 == 0 ? e + locations : e;
	}

	/**
	 * Every employee and guardian has an account, all with one password; the board has a
	 * beheerder, bestuurder and fg too.
	 */
	private void accounts(CopyManager copy, String hash) throws SQLException, IOException {
		Rows accounts = new Rows(copy, "accounts (id, username, password_hash, display_name, person_ref, enabled)");
		Rows roles = new Rows(copy, "account_roles (account_id, role, unit_code)");
		long id = 0;
		for (String role : List.of("BEHEERDER", "BESTUURDER", "FG", "COMMUNICATIE")) {
			id++;
			accounts.row(id, role.toLowerCase(Locale.ROOT), hash, role.toLowerCase(Locale.ROOT), null, true);
			roles.row(id, role, null);
		}
		for (int e = 1; e <= this.counts.employees(); e++) {
			id++;
			Employee employee = employee(e);
			accounts.row(id, employeeRef(e).toLowerCase(Locale.ROOT), hash, employee.title() + " " + e, employeeRef(e),
					true);
			roles.row(id, employee.role(), employee.unitCode());
		}
		for (int g = 1; g <= this.counts.guardians(); g++) {
			id++;
			accounts.row(id, guardianRef(g).toLowerCase(Locale.ROOT), hash, "Ouder " + g, guardianRef(g), true);
			roles.row(id, "OUDER", null);
		}
		accounts.close();
		roles.close();
	}

	// --- consent
	// -------------------------------------------------------------------------

	/**
	 * Per student four decisions on average, for purpose and medium pairs; 16- and
	 * 17-year-olds decide for themselves; 85% yes; one in ten on paper; one in nine is a
	 * later withdrawal of the decision before it.
	 */
	private void decisions(CopyManager copy, List<String> purposes) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 4);
		Rows rows = new Rows(copy, "consent_decisions (id, subject_ref, purpose_code, medium, granted,"
				+ " decided_by_ref, decided_by, method, recorded_by, decided_at, text_version)");
		int students = this.counts.students();
		Instant previous = null;
		String previousPair = null;
		int previousStudent = 0;
		for (int d = 1; d <= this.counts.decisions(); d++) {
			int student = (int) ((long) (d - 1) * students / this.counts.decisions()) + 1;
			boolean withdrawal = student == previousStudent && random.nextInt(9) == 0;
			String pair = withdrawal ? previousPair
					: purposes.get(random.nextInt(purposes.size())) + ";" + MEDIA[random.nextInt(MEDIA.length)];
			int age = 4 + age(groupOf(student));
			boolean self = age >= 16;
			int guardian = 2 * student - 1 + random.nextInt(2);
			Instant at = withdrawal ? previous.plusSeconds(3600 + random.nextInt(200 * 24 * 3600))
					: this.now.minusSeconds(3600 * 24 * (30 + random.nextInt(1_500)) + random.nextInt(86_400));
			if (at.isAfter(this.now)) {
				at = this.now.minusSeconds(60);
			}
			boolean paper = !withdrawal && random.nextInt(10) == 0;
			String[] purposeAndMedium = pair.split(";");
			rows.row(d, studentRef(student), purposeAndMedium[0], purposeAndMedium[1],
					!withdrawal && random.nextInt(100) < 85, self ? studentRef(student) : guardianRef(guardian),
					self ? "STUDENT" : "GUARDIAN", paper ? "PAPER" : "PORTAL", paper ? "administratie" : "portaal",
					timestamp(at), 1);
			previous = at;
			previousPair = pair;
			previousStudent = student;
		}
		rows.close();
	}

	// --- reports and cases -------------------------------------------------------------

	/**
	 * Reports over the last three years, about a student's location; one in four
	 * anonymous. Older ones are closed, recent ones acknowledged or still received.
	 */
	private void reports(CopyManager copy, String secretHash) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 5);
		Rows reports = new Rows(copy,
				"reports (id, receipt_code, secret_hash, reporter, reporter_ref, category, what,"
						+ " platform, happened_on, unit_code, addressed_to, status, created_at, acknowledge_due_at,"
						+ " acknowledged_at, acknowledged_by, feedback_due_at, closed_at, close_reason)");
		Rows messages = new Rows(copy, "report_messages (id, report_id, from_reporter, author, text, created_at)");
		long message = 0;
		for (int r = 1; r <= this.counts.reports(); r++) {
			int student = 1 + random.nextInt(this.counts.students());
			int location = locationOfGroup(groupOf(student));
			boolean anonymous = random.nextInt(4) == 0;
			int guardian = 2 * student - 1;
			Instant created = this.now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600));
			long ageDays = (this.now.getEpochSecond() - created.getEpochSecond()) / 86_400;
			String status = ageDays > 120 ? "CLOSED"
					: ageDays > 7 || random.nextBoolean() ? "ACKNOWLEDGED" : "RECEIVED";
			Instant acknowledged = status.equals("RECEIVED") ? null
					: created.plusSeconds(600 + random.nextInt(5 * 24 * 3600));
			Instant closed = status.equals("CLOSED") ? acknowledged.plusSeconds(3600 + random.nextInt(80 * 86_400))
					: null;
			String teamleader = employeeRef(this.counts.schools() + location).toLowerCase(Locale.ROOT);
			reports.row(r, String.format(Locale.ROOT, "%016d", 4_285_714_285_714_285L + r * 7_919L),
					anonymous ? secretHash : null, anonymous ? null : guardianRef(guardian).toLowerCase(Locale.ROOT),
					anonymous ? null : guardianRef(guardian), CATEGORIES[random.nextInt(CATEGORIES.length)],
					"Melding " + r + ": berichten over een leerling in een groepsapp.",
					PLATFORMS[random.nextInt(PLATFORMS.length)],
					LocalDate.ofInstant(created, ZoneOffset.UTC).minusDays(random.nextInt(5)), locationCode(location),
					"TEAMLEIDER", status, timestamp(created), timestamp(created.plusSeconds(7 * 86_400)),
					timestamp(acknowledged), acknowledged == null ? null : teamleader,
					timestamp(created.plusSeconds(90 * 86_400)), timestamp(closed),
					closed == null ? null : "Afgehandeld in een gesprek met de betrokkenen.");
			if (acknowledged != null) {
				messages.row(++message, r, false, teamleader, "Dank voor uw melding; wij nemen contact op.",
						timestamp(acknowledged));
			}
		}
		reports.close();
		messages.close();
	}

	/**
	 * Cases about students (nine in ten) and employees; the first half came from a report
	 * at the same location. Each has two to six timeline entries and one task.
	 */
	private void cases(CopyManager copy) throws SQLException, IOException {
		SplittableRandom random = new SplittableRandom(this.seed + 6);
		Rows cases = new Rows(copy, "cases (id, subject_ref, subject_kind, unit_code, title, handler, report_id,"
				+ " transgressive, status, opened_at, closed_at, classification, step_code)");
		Rows entries = new Rows(copy,
				"case_entries (id, case_id, kind, step_code, text, author, happened_at," + " recorded_at)");
		Rows tasks = new Rows(copy,
				"case_tasks (id, case_id, what, assignee, due_at, created_by, created_at," + " done_at, done_by)");
		long entry = 0;
		for (int c = 1; c <= this.counts.cases(); c++) {
			boolean aboutEmployee = random.nextInt(10) == 0;
			String subject;
			String kind;
			int location;
			String handler;
			if (aboutEmployee) {
				int e = this.counts.schools() + this.counts.locations() + 1
						+ random.nextInt(this.counts.employees() - this.counts.schools() - this.counts.locations());
				Employee employee = employee(e);
				subject = employeeRef(e);
				kind = "EMPLOYEE";
				location = employee.unitCode() == null ? 1 : locationNumber(employee.unitId());
				int school = (location - 1) / LOCATIONS_PER_SCHOOL + 1;
				handler = employeeRef(school).toLowerCase(Locale.ROOT);
			}
			else {
				int student = 1 + random.nextInt(this.counts.students());
				subject = studentRef(student);
				kind = "STUDENT";
				location = locationOfGroup(groupOf(student));
				handler = employeeRef(this.counts.schools() + location).toLowerCase(Locale.ROOT);
			}
			Instant opened = this.now.minusSeconds(60 + random.nextLong(3L * 365 * 24 * 3600));
			long ageDays = (this.now.getEpochSecond() - opened.getEpochSecond()) / 86_400;
			boolean closed = ageDays > 90 || random.nextInt(3) == 0;
			int steps = 2 + random.nextInt(5);
			Instant last = opened;
			String currentStep = null;
			for (int s = 0; s < steps; s++) {
				last = last.plusSeconds(3600 + random.nextInt(5 * 86_400));
				if (last.isAfter(this.now)) {
					last = this.now.minusSeconds(30);
				}
				boolean step = s % 2 == 1;
				String stepCode = !step ? null : aboutEmployee ? (s == 1 ? "conversation-manager" : "warning")
						: (s == 1 ? "conversation-teacher" : "conversation-teamleader");
				currentStep = step ? stepCode : currentStep;
				entries.row(++entry, c, step ? "STEP" : "NOTE", stepCode,
						step ? "Gesprek gevoerd; afspraken vastgelegd." : "Notitie " + s + " bij zaak " + c + ".",
						handler, timestamp(last), timestamp(last));
			}
			cases.row(c, subject, kind, locationCode(location), "Zaak " + c, handler,
					c <= this.counts.cases() / 2 && c <= this.counts.reports() ? (long) c : null, false,
					closed ? "CLOSED" : "OPEN", timestamp(opened), closed ? timestamp(last.plusSeconds(3600)) : null,
					null, currentStep);
			Instant due = opened.plusSeconds(14 * 86_400);
			tasks.row(c, c, "Terugkoppelen aan de melder", handler, timestamp(due), handler, timestamp(opened),
					closed ? timestamp(last) : null, closed ? handler : null);
		}
		cases.close();
		entries.close();
		tasks.close();
	}

	// --- numbering
	// -------------------------------------------------------------------------

	private int groupOf(int student) {
		return (student - 1) / GROUP_SIZE + 1;
	}

	/** A group's age, 0 to 13 (so 4 to 17 years old). */
	private static int age(int group) {
		return group % 14;
	}

	private int locationOfGroup(int group) {
		return (group - 1) % this.counts.locations() + 1;
	}

	private long locationId(int location) {
		return 1L + this.counts.schools() + location;
	}

	private int locationNumber(long unitId) {
		return unitId <= 1 + this.counts.schools() ? 1 : (int) (unitId - 1 - this.counts.schools());
	}

	private long guardianId(int guardian) {
		return (long) this.counts.students() + guardian;
	}

	private long employeeId(int employee) {
		return (long) this.counts.students() + this.counts.guardians() + employee;
	}

	static String schoolCode(int school) {
		return "S" + school;
	}

	static String locationCode(int location) {
		return "S" + ((location - 1) / LOCATIONS_PER_SCHOOL + 1) + "-L" + location;
	}

	static String studentRef(int n) {
		return "L" + String.format(Locale.ROOT, "%08d", n);
	}

	static String guardianRef(int n) {
		return "R" + String.format(Locale.ROOT, "%08d", n);
	}

	static String employeeRef(int n) {
		return "M" + String.format(Locale.ROOT, "%07d", n);
	}

	private static <T> T pick(T[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}

	private static String clean(String name) {
		return name.replaceAll("[\\t\\n\\\\]", "");
	}

	private static String timestamp(Instant at) {
		return at == null ? null : TIMESTAMP.format(at);
	}

	// --- COPY
	// ----------------------------------------------------------------------------

	/**
	 * Rows of one table in PostgreSQL's text format, sent in batches of {@link #BATCH}.
	 */
	private static final class Rows {

		private final CopyManager copy;

		private final String target;

		private final StringBuilder buffer = new StringBuilder(1 << 22);

		private int rows;

		private long total;

		Rows(CopyManager copy, String target) {
			this.copy = copy;
			this.target = target;
		}

		void row(Object... values) throws SQLException, IOException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.buffer.append('\t');
				}
				this.buffer.append(values[i] == null ? "\\N" : values[i].toString());
			}
			this.buffer.append('\n');
			if (++this.rows == BATCH) {
				flush();
			}
		}

		void close() throws SQLException, IOException {
			flush();
			print("  copied into " + this.target.substring(0, this.target.indexOf(' ')),
					String.format(Locale.ROOT, "%,d rows", this.total));
		}

		private void flush() throws SQLException, IOException {
			if (this.rows > 0) {
				this.copy.copyIn("copy " + this.target + " from stdin", new StringReader(this.buffer.toString()));
				this.total += this.rows;
				this.rows = 0;
				this.buffer.setLength(0);
			}
		}

	}

	private static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
		List<String> indexes = new ArrayList<>();
		try (ResultSet rs = sql.executeQuery("""
				select indexname, indexdef from pg_indexes
				where schemaname = 'public'
				  and tablename in ('people', 'guardianships', 'group_teachers', 'accounts', 'account_roles',
				      'consent_decisions', 'reports', 'report_messages', 'cases', 'case_entries', 'case_tasks')
				  and indexname not in (select conname from pg_constraint)
				""")) {
			while (rs.next()) {
				indexes.add(rs.getString(2));
			}
		}
		for (String index : indexes) {
			sql.execute("drop index " + index.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
		}
		return indexes;
	}

	private static void sizes(Statement sql) throws SQLException {
		for (String table : List.of("units", "class_groups", "people", "guardianships", "group_teachers", "accounts",
				"consent_decisions", "consent_standing_decisions", "consent_coverage", "reports", "report_messages",
				"cases", "case_entries", "case_tasks")) {
			try (ResultSet rs = sql
				.executeQuery("select (select count(*) from " + table + ")," + " pg_size_pretty(pg_table_size('" + table
						+ "')), pg_size_pretty(pg_indexes_size('" + table + "'))")) {
				rs.next();
				print(String.format(Locale.ROOT, "table %-18s %,12d rows", table, rs.getLong(1)),
						rs.getString(2) + " + indexes " + rs.getString(3));
			}
		}
		try (ResultSet rs = sql.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			rs.next();
			print("database size", rs.getString(1));
		}
	}

	private static boolean hasTable(Statement sql, String table) throws SQLException {
		try (ResultSet rs = sql.executeQuery("select to_regclass('public." + table + "') is not null")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	private static long count(Statement sql, String query) throws SQLException {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	interface Step {

		void run() throws SQLException, IOException;

	}

	private static void timed(String what, Step step) throws SQLException, IOException {
		long started = System.nanoTime();
		step.run();
		print(what, seconds(started), "s");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	static void print(String what, double value, String unit) {
		print(what, String.format(Locale.ROOT, "%,.1f %s", value, unit));
	}

	static void print(String what, String value) {
		System.out.println(String.format(Locale.ROOT, "[scale] %-46s %s", what, value));
	}

}
