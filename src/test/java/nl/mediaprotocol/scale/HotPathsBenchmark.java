package nl.mediaprotocol.scale;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.mediaprotocol.MediaprotocolApplication;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.screening.Post;
import nl.mediaprotocol.screening.Screening;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hot paths of issue 12 on the data {@link NationalScaleData} generated: one consent
 * decision through the register (target p99 under 5 ms), and the pages a group overview,
 * a case's timeline, the dashboard, the case list and overview, the directory search and
 * the reporting form (target p95 under 150 ms), requested over HTTP from the application
 * running on that database. First it keeps the plan of every statement one request of
 * each issues, with {@code auto_explain}, in {@code docs/plans}.
 * {@code -Dhot.pages=dashboard} times only the pages whose names contain that text. Not
 * part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=HotPathsBenchmark}, after the generator.
 * Prints its figures; asserts only that the pages answered.
 */
class HotPathsBenchmark {

	static final int WARM_UP = Integer.getInteger("hot.warmup", 50);

	static final int REQUESTS = Integer.getInteger("hot.requests", 400);

	static final int DECISIONS = Integer.getInteger("hot.decisions", 20_000);

	static final String PASSWORD = System.getProperty("scale.password", "scale");

	/**
	 * Only the pages whose names contain one of these (comma-separated); all by default.
	 */
	static final List<String> ONLY = Arrays.stream(System.getProperty("hot.pages", "").split(","))
		.filter(name -> !name.isBlank())
		.toList();

	static final Path PLANS = Path.of("docs", "plans");

	/** The longest line a plan file keeps whole. */
	static final int LONGEST_LINE = 2_000;

	static final Path SERVER_LOG = NationalScaleData.EMBEDDED_DATA.resolve("log").resolve("postgresql.log");

	static EmbeddedDatabase database;

	static ConfigurableApplicationContext context;

	static String base;

	@BeforeAll
	static void start() throws IOException {
		// measures the generated data, never an empty database: without it, nothing to do
		assumeTrue(Files.isDirectory(NationalScaleData.EMBEDDED_DATA),
				"no data in " + NationalScaleData.EMBEDDED_DATA + ": run the generator (profile scale) first");
		database = EmbeddedDatabase.start();
		context = new SpringApplicationBuilder(MediaprotocolApplication.class).web(WebApplicationType.SERVLET)
			.run("--spring.datasource.url=" + database.url(), "--spring.datasource.username=postgres",
					"--spring.datasource.password=postgres", "--mediaprotocol.demo.enabled=false", "--server.port=0",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN",
					// the pages, not the sign-in: directeur, bestuurder and beheerder
					// would
					// have to enter a code from an authenticator app first
					"--mediaprotocol.security.second-factor.roles=");
		base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		// screening reads the names of all 7,800,000 people in the background after the
		// start (half a minute of CPU): a post waits for that first index, and so does
		// the
		// benchmark, so that it does not weigh on the first paths measured
		long started = System.nanoTime();
		context.getBean(Screening.class).screen(Post.of("start"));
		System.out.printf("[hot paths] screening's name index ready after %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	@AfterAll
	static void stop() throws IOException {
		if (context != null) {
			context.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void hotPaths() throws Exception {
		DataSource dataSource = context.getBean(DataSource.class);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long students = jdbc.queryForObject("select count(*) from people where kind = 'STUDENT'", Long.class);
		long schools = jdbc.queryForObject("select count(*) from units where kind = 'SCHOOL'", Long.class);
		print("data",
				String.format(Locale.ROOT, "%,d students, %,d decisions, %,d reports, %,d cases", students,
						jdbc.queryForObject("select count(*) from consent_decisions", Long.class),
						jdbc.queryForObject("select count(*) from reports", Long.class),
						jdbc.queryForObject("select count(*) from cases", Long.class)));

		// the teamleider of the first location, the directeur of the first school
		String teamleader = NationalScaleData.employeeRef((int) schools + 1).toLowerCase(Locale.ROOT);
		String director = NationalScaleData.employeeRef(1).toLowerCase(Locale.ROOT);
		long location = jdbc.queryForObject("select id from units where code = 'S1-L1'", Long.class);
		List<Long> groups = jdbc.queryForList("select id from class_groups where unit_id = ? order by id", Long.class,
				location);
		List<Long> cases = jdbc.queryForList("select id from cases where handler = ? order by id", Long.class,
				teamleader);
		List<String> names = jdbc.queryForList(
				"select distinct lower(last_name) from people where kind = 'STUDENT' and unit_id = ? limit 50",
				String.class, location);
		print("teamleider", teamleader + ": " + groups.size() + " groups, " + cases.size() + " cases");
		assertThat(groups).isNotEmpty();
		assertThat(cases).isNotEmpty();

		Client asTeamleader = new Client(teamleader);
		Client asDirector = new Client(director);
		Client asBeheerder = new Client("beheerder");
		Client anonymous = new Client(null);
		Client asBestuurder = new Client("bestuurder");
		SplittableRandom random = new SplittableRandom(12);
		AtomicInteger unseenMonths = new AtomicInteger();
		List<Page> pages = List.of(
				new Page("consent group overview (teamleider)", asTeamleader, REQUESTS,
						n -> "/consent/groups/" + groups.get(random.nextInt(groups.size()))),
				new Page("case timeline (teamleider)", asTeamleader, REQUESTS,
						n -> "/cases/" + cases.get(random.nextInt(cases.size()))),
				new Page("dashboard (directeur, own school)", asDirector, REQUESTS / 10, n -> "/insights"),
				// the whole board's figures (8,001 units, 100,000 groups at scale 1) are
				// kept between looks: a look reads them; the first look, and the
				// background count every quarter of an hour, count them
				new Page("dashboard (bestuurder, whole board)", asBestuurder, REQUESTS / 10, n -> "/insights"),
				// counted at every request: each asks for months no one asked for before
				new Page("dashboard (bestuurder, whole board, counted)", asBestuurder, 2, 1,
						n -> "/insights?from=" + YearMonth.now().minusMonths(12 + unseenMonths.getAndIncrement())),
				new Page("case list (directeur)", asDirector, REQUESTS / 10, n -> "/cases"),
				new Page("case list (bestuurder)", asBestuurder, REQUESTS / 10, n -> "/cases"),
				new Page("case overview (directeur)", asDirector, REQUESTS / 10, n -> "/cases/overview"),
				new Page("case overview (bestuurder)", asBestuurder, REQUESTS / 10, n -> "/cases/overview"),
				new Page("directory search (teamleider, name)", asTeamleader, REQUESTS,
						n -> "/directory/people?kind=STUDENT&q=" + encode(names.get(random.nextInt(names.size())))),
				new Page("directory search (beheerder, name)", asBeheerder, REQUESTS / 10,
						n -> "/directory/people?kind=STUDENT&q=" + encode(names.get(random.nextInt(names.size())))),
				new Page("directory search (beheerder, ref)", asBeheerder, REQUESTS / 10,
						n -> "/directory/people?kind=STUDENT&q="
								+ NationalScaleData.studentRef(1 + random.nextInt((int) students))),
				new Page("reporting form (anonymous)", anonymous, REQUESTS / 10, n -> "/meldpunt"),
				new Page("reporting form, unit search (anonymous)", anonymous, REQUESTS / 10,
						n -> "/meldpunt/eenheden?zoek=" + encode("locatie " + (1 + random.nextInt((int) schools)))));

		pages = pages.stream().filter(page -> ONLY.isEmpty() || ONLY.stream().anyMatch(page.name()::contains)).toList();
		jdbc.queryForList("select version, description, execution_time from flyway_schema_history"
				+ " where version in ('24', '24.1', '25', '26', '27', '27.1') order by installed_rank")
			.forEach(migration -> print("migration " + migration.get("version"),
					migration.get("description") + ": " + migration.get("execution_time") + " ms"));

		ConsentRegister register = context.getBean(ConsentRegister.class);
		List<String> purposes = jdbc.queryForList("select code from consent_purposes order by position", String.class);
		plans(jdbc, pages, register, purposes, students);

		for (Page page : pages) {
			long[] times = new long[page.requests()];
			long cpu = 0;
			for (int n = 0; n < page.warmUp() + page.requests(); n++) {
				String path = page.path().apply(n);
				if (n == page.warmUp()) {
					cpu = processCpuNanos();
				}
				long before = System.nanoTime();
				page.client().get(path);
				long took = System.nanoTime() - before;
				if (n >= page.warmUp()) {
					times[n - page.warmUp()] = took;
				}
			}
			report(page.name() + " (" + page.requests() + ")", times);
			// the application and the client share this process; the database is another:
			// CPU time does not grow with what others run on the machine, wall time does
			print(page.name() + ", CPU",
					String.format(Locale.ROOT, "%.1f ms of this process's CPU per request (application and client)",
							(processCpuNanos() - cpu) / 1e6 / page.requests()));
		}
		long[] times = new long[DECISIONS];
		for (int n = 0; n < WARM_UP * 20 + DECISIONS; n++) {
			String ref = NationalScaleData.studentRef(1 + random.nextInt((int) students));
			String purpose = purposes.get(random.nextInt(purposes.size()));
			Medium medium = Medium.values()[random.nextInt(Medium.values().length)];
			long before = System.nanoTime();
			register.decision(ref, purpose, medium, Instant.now());
			long took = System.nanoTime() - before;
			if (n >= WARM_UP * 20) {
				times[n - WARM_UP * 20] = took;
			}
		}
		report("consent decision, register (" + DECISIONS + ")", times);

	}

	/**
	 * One request of each page, and one consent decision, with every statement's plan
	 * logged by auto_explain; the server log between two requests is that page's.
	 */
	private static void plans(JdbcTemplate jdbc, List<Page> pages, ConsentRegister register, List<String> purposes,
			long students) throws Exception {
		if (!Files.exists(SERVER_LOG)) {
			print("plans", "no server log at " + SERVER_LOG + "; skipped");
			return;
		}
		Files.createDirectories(PLANS);
		jdbc.execute("alter system set auto_explain.log_min_duration = 0");
		jdbc.execute("alter system set auto_explain.log_analyze = on");
		jdbc.execute("alter system set auto_explain.log_buffers = on");
		jdbc.execute("alter system set auto_explain.log_nested_statements = on");
		jdbc.execute("select pg_reload_conf()");
		Thread.sleep(500);
		try {
			for (Page page : pages) {
				// warm the caches first: the plans show a page as it usually runs
				for (int n = 0; n < 3; n++) {
					page.client().get(page.path().apply(n));
				}
				Thread.sleep(200);
				long from = Files.size(SERVER_LOG);
				page.client().get(page.path().apply(0));
				Thread.sleep(500);
				writePlan(page.name(), from);
			}
			String ref = NationalScaleData.studentRef((int) (students / 3));
			register.decision(ref, purposes.get(1), Medium.PHOTO, Instant.now());
			Thread.sleep(200);
			long from = Files.size(SERVER_LOG);
			register.decision(ref, purposes.get(1), Medium.PHOTO, Instant.now());
			Thread.sleep(500);
			writePlan("consent decision, register", from);
		}
		finally {
			jdbc.execute("alter system reset all");
			jdbc.execute("select pg_reload_conf()");
		}
	}

	private static void writePlan(String name, long from) throws IOException {
		String log;
		try (RandomAccessFile file = new RandomAccessFile(SERVER_LOG.toFile(), "r")) {
			byte[] bytes = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(bytes);
			log = new String(bytes, StandardCharsets.UTF_8);
		}
		String fileName = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".txt";
		String header = """
				# %s: every statement one request issued, with its plan (auto_explain: analyze, buffers).
				# Produced by: ./mvnw -B -Pbenchmark test -Dtest=HotPathsBenchmark
				# on the data of: ./mvnw -B -Pscale test-compile exec:exec -Dscale=%s
				# %s

				""".formatted(name, System.getProperty("scale", "1"), Instant.now());
		Files.writeString(PLANS.resolve(fileName), header + shortened(log));
		Matcher durations = Pattern.compile("duration: ([0-9.]+) ms\\s+plan:").matcher(log);
		int statements = 0;
		double total = 0;
		double slowest = 0;
		while (durations.find()) {
			statements++;
			double ms = Double.parseDouble(durations.group(1));
			total += ms;
			slowest = Math.max(slowest, ms);
		}
		print("plan " + name,
				String.format(Locale.ROOT, "%d statements, %.1f ms in the database, slowest %.1f ms -> %s", statements,
						total, slowest, PLANS.resolve(fileName)));
	}

	/**
	 * The log with every line of more than {@value #LONGEST_LINE} characters cut short: a
	 * statement over the whole board binds thousands of unit codes, a plan lists them in
	 * its filters, and the file is for reading.
	 */
	private static String shortened(String log) {
		return log.lines()
			.map(line -> line.length() <= LONGEST_LINE ? line
					: line.substring(0, LONGEST_LINE) + " … (" + line.length() + " characters in all)")
			.collect(Collectors.joining("\n", "", "\n"));
	}

	record Page(String name, Client client, int requests, int warmUp, IntFunction<String> path) {

		Page(String name, Client client, int requests, IntFunction<String> path) {
			this(name, client, requests, WARM_UP, path);
		}

	}

	/** A signed-in browser without the browser: a session cookie and its CSRF token. */
	static final class Client {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		/** Signed in as this user; without one, a visitor who is not signed in. */
		Client(@Nullable String username) throws IOException, InterruptedException {
			if (username == null) {
				return;
			}
			Matcher csrf = CSRF.matcher(get("/login"));
			assertThat(csrf.find()).isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(PASSWORD) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
				.doesNotContain("/login");
		}

		String get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		print(what, String.format(Locale.ROOT, "p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms   max %7.2f ms",
				millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6));
	}

	private static double millis(long[] sorted, double percentile) {
		return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
	}

	private static void print(String what, String value) {
		System.out.println(String.format(Locale.ROOT, "[hot paths] %-44s %s", what, value));
	}

}
