package nl.mediaprotocol;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills the app with SIGKILL while it writes consents, reports and case notes, twenty
 * times, and checks after each kill that every write the client saw acknowledged is in
 * the database, and at the end that the audit chain still verifies. The app runs as a
 * process of its own, on an H2 file database in the first test run and on PostgreSQL in
 * the second. {@code -Dcrash.kills=N} changes the number of kills.
 */
class CrashIntegrationTests {

	private static final String PASSWORD = "crash-test-password";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path work;

	@Test
	void everyAcknowledgedWriteSurvivesTwentyKillsAndTheAuditChainStillVerifies() throws Exception {
		int kills = Integer.getInteger("crash.kills", 20);
		Map<String, Object> database = TestDatabases.onPostgres() ? TestDatabases.freshDatabase() : embeddedDefault();
		Random random = new Random(Long.getLong("crash.seed", 20261126L));
		Acknowledged acknowledged = new Acknowledged();

		App app = App.start(database, this.work, 0);
		Writers writers = Writers.prepare(app);
		for (int kill = 1; kill <= kills; kill++) {
			writers.runAgainst(app, acknowledged);
			Thread.sleep(1000 + random.nextInt(3000));
			app.kill();
			writers.stop();
			acknowledged.checkAllPresent(database, kill);
			app = App.start(database, this.work, kill);
		}
		try {
			assertThat(app.auditChainVerifies()).as("the audit chain after %d kills", kills).isTrue();
			System.out.printf(
					"Crash test on %s: %d kills, %d consents, %d reports, %d case notes acknowledged, none lost%n",
					TestDatabases.onPostgres() ? "PostgreSQL" : "H2", kills, acknowledged.consents.size(),
					acknowledged.reports.size(), acknowledged.notes.size());
			assertThat(acknowledged.consents).as("consents acknowledged").isNotEmpty();
			assertThat(acknowledged.reports).as("reports acknowledged").isNotEmpty();
			assertThat(acknowledged.notes).as("case notes acknowledged").isNotEmpty();
		}
		finally {
			app.kill();
		}
	}

	/** The app's own H2 settings, in a directory of this test's. */
	private Map<String, Object> embeddedDefault() throws IOException {
		Properties settings = new Properties();
		try (var in = getClass().getResourceAsStream("/application.properties")) {
			settings.load(in);
		}
		String url = settings.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/mediaprotocol;");
		return Map.of("spring.datasource.url",
				url.replace("./data/mediaprotocol", this.work.resolve("crash").toString()),
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	/** What the clients saw acknowledged: consent decision ids, report and note texts. */
	private static final class Acknowledged {

		final ConcurrentLinkedQueue<Long> consents = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> reports = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> notes = new ConcurrentLinkedQueue<>();

		void checkAllPresent(Map<String, Object> database, int kill) throws Exception {
			List<String> lost = new ArrayList<>();
			try (Connection connection = connect(database)) {
				for (long id : this.consents) {
					if (!exists(connection, "select 1 from consent_decisions where id = ?", id)) {
						lost.add("consent decision " + id);
					}
				}
				for (String text : this.reports) {
					if (!exists(connection, "select 1 from reports where what = ?", text)) {
						lost.add("report '" + text + "'");
					}
				}
				for (String text : this.notes) {
					if (!exists(connection, "select 1 from case_entries where text = ?", text)) {
						lost.add("case note '" + text + "'");
					}
				}
			}
			assertThat(lost)
				.as("acknowledged before kill %d, of %d consents, %d reports, %d notes", kill, this.consents.size(),
						this.reports.size(), this.notes.size())
				.isEmpty();
		}

		private static boolean exists(Connection connection, String sql, Object value) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setObject(1, value);
				try (ResultSet rows = statement.executeQuery()) {
					return rows.next();
				}
			}
		}

		/** Waits for the killed app's file lock on H2 to go stale. */
		private static Connection connect(Map<String, Object> database) throws Exception {
			Instant until = Instant.now().plusSeconds(60);
			while (true) {
				try {
					return DriverManager.getConnection((String) database.get("spring.datasource.url"),
							(String) database.get("spring.datasource.username"),
							(String) database.get("spring.datasource.password"));
				}
				catch (SQLException locked) {
					if (Instant.now().isAfter(until)) {
						throw locked;
					}
					Thread.sleep(200);
				}
			}
		}

	}

	/** The app as its own process, started from this test's class path. */
	private static final class App {

		private final Process process;

		private final int port;

		private App(Process process, int port) {
			this.process = process;
			this.port = port;
		}

		static App start(Map<String, Object> database, Path work, int run) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
					"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					MediaprotocolApplication.class.getName(), "--server.port=" + port,
					"--mediaprotocol.demo.enabled=true", "--mediaprotocol.demo.password=" + PASSWORD,
					"--mediaprotocol.reporting.reports-per-hour=1000000", "--logging.level.root=WARN",
					"--spring.main.banner-mode=off"));
			database.forEach((name, value) -> command.add("--" + name + "=" + value));
			File log = work.resolve("app-" + run + ".log").toFile();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
				.start();
			App app = new App(process, port);
			app.awaitReady(log);
			return app;
		}

		private void awaitReady(File log) throws Exception {
			HttpClient http = HttpClient.newHttpClient();
			Instant until = Instant.now().plus(START_TIMEOUT);
			while (Instant.now().isBefore(until)) {
				if (!this.process.isAlive()) {
					fail("The app stopped while starting:%n%s", Files.readString(log.toPath()));
				}
				try {
					if (http
						.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
								HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						return;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(100);
			}
			this.process.destroyForcibly();
			fail("The app did not start within %s:%n%s", START_TIMEOUT, Files.readString(log.toPath()));
		}

		/** SIGKILL: no shutdown hooks, no flushing, as when the power goes. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}

		URI uri(String path) {
			return RunningApp.uri(this.port, path);
		}

		boolean auditChainVerifies() throws Exception {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri("/api/v1/audit/verify")).header("Authorization", basic("fg")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			return answer.body().contains("\"valid\":true");
		}

	}

	/**
	 * Three clients writing as fast as the app answers: a parent deciding on consent
	 * through the API, an anonymous reporter on the reporting point, a teamleider adding
	 * notes to a case. They keep their sessions (in the database) across restarts.
	 */
	private static final class Writers {

		private static final Pattern DECISION_ID = Pattern.compile("\"id\":(\\d+)");

		private final HttpClient reporter = browser();

		private final HttpClient teamleider;

		private final HttpClient api = HttpClient.newHttpClient();

		/**
		 * Noah Vermeulen (9) in the demo board, whose guardian is the demo account
		 * "ouder".
		 */
		private final String child = "L-1007";

		private final long caseId;

		private ExecutorService threads;

		private final AtomicBoolean stopped = new AtomicBoolean();

		private final List<Future<?>> running = new ArrayList<>();

		private App app;

		private int sequence;

		private Writers(App app, HttpClient teamleider, long caseId) {
			this.app = app;
			this.teamleider = teamleider;
			this.caseId = caseId;
		}

		/**
		 * The teamleider signs in once and opens a case; the session outlives every
		 * restart.
		 */
		static Writers prepare(App app) throws Exception {
			HttpClient teamleider = browser();
			post(teamleider, app, "/login",
					Map.of("username", "teamleider", "password", PASSWORD, "_csrf", csrf(teamleider, app, "/login")));
			HttpResponse<String> opened = post(teamleider, app, "/cases", Map.of("subject", "L-1020", "title",
					"Berichten over een klasgenoot", "_csrf", csrf(teamleider, app, "/cases/new")));
			Matcher caseId = Pattern.compile("/cases/(\\d+)$")
				.matcher(opened.headers().firstValue("Location").orElse(""));
			assertThat(caseId.find()).as("a case opened: " + opened.headers().map()).isTrue();
			return new Writers(app, teamleider, Long.parseLong(caseId.group(1)));
		}

		void runAgainst(App app, Acknowledged acknowledged) {
			this.app = app;
			this.stopped.set(false);
			this.threads = Executors.newFixedThreadPool(3);
			this.running.add(this.threads.submit(() -> loop(() -> consent(acknowledged))));
			this.running.add(this.threads.submit(() -> loop(() -> report(acknowledged))));
			this.running.add(this.threads.submit(() -> loop(() -> note(acknowledged))));
		}

		void stop() throws Exception {
			this.stopped.set(true);
			for (Future<?> writer : this.running) {
				writer.get(60, TimeUnit.SECONDS);
			}
			this.running.clear();
			this.threads.shutdownNow();
		}

		private void loop(Write write) {
			while (!this.stopped.get()) {
				try {
					write.once();
				}
				catch (IOException | InterruptedException killed) {
					// the app is gone mid-request: that write was not acknowledged
					return;
				}
			}
		}

		private void consent(Acknowledged acknowledged) throws IOException, InterruptedException {
			boolean granted = next() % 2 == 0;
			String body = """
					{"ref":"%s","purpose":"website","medium":"PHOTO","granted":%s,"decidedByRef":"R-2012","method":"PORTAL"}"""
				.formatted(this.child, granted);
			HttpResponse<String> answer = this.api
				.send(HttpRequest.newBuilder(this.app.uri("/api/v1/consent/decisions"))
					.header("Authorization", basic("ouder"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == 201) {
				Matcher id = DECISION_ID.matcher(answer.body());
				assertThat(id.find()).as(answer.body()).isTrue();
				acknowledged.consents.add(Long.parseLong(id.group(1)));
			}
		}

		private void report(Acknowledged acknowledged) throws IOException, InterruptedException {
			String what = "Nepaccount plaatst berichten over een leerling, melding " + next();
			HttpResponse<String> answer = post(this.reporter, this.app, "/meldpunt",
					Map.of("category", "BULLYING", "what", what, "unit", "SCHOOL", "addressedTo", "TEAMLEIDER", "_csrf",
							csrf(this.reporter, this.app, "/meldpunt")));
			if (answer.statusCode() == 200 && answer.body().contains("class=\"details receipt\"")) {
				acknowledged.reports.add(what);
			}
		}

		private void note(Acknowledged acknowledged) throws IOException, InterruptedException {
			String text = "Gesprek met de mentor gevoerd, aantekening " + next();
			String path = "/cases/" + this.caseId;
			HttpResponse<String> answer = post(this.teamleider, this.app, path + "/notes",
					Map.of("text", text, "_csrf", csrf(this.teamleider, this.app, path)));
			if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith(path)) {
				acknowledged.notes.add(text);
			}
		}

		private synchronized int next() {
			return ++this.sequence;
		}

		private static HttpClient browser() {
			return HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
		}

		private static String csrf(HttpClient browser, App app, String page) throws IOException, InterruptedException {
			return RunningApp.csrf(browser, app.uri(page));
		}

		private static HttpResponse<String> post(HttpClient browser, App app, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			return RunningApp.submit(browser, app.uri(path), form);
		}

		@FunctionalInterface
		private interface Write {

			void once() throws IOException, InterruptedException;

		}

	}

	private static String basic(String username) {
		return RunningApp.basic(username, PASSWORD);
	}

}
