package nl.mediaprotocol;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.directory.ImportReport;
import nl.mediaprotocol.directory.PersonView.UnitLabel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database, as a hosting party runs them behind a load balancer:
 * a user may be served by either, a file uploaded through one is served by the other (one
 * shared files directory), a scheduled job runs on one of them, and neither keeps an
 * answer the other has changed (the units each keeps in memory included). On PostgreSQL
 * in the build's second test run; on a shared in-memory H2 database in the first.
 */
class TwoInstancesIntegrationTests {

	private static final String PASSWORD = "two-instances";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static Instant bothStarted;

	@BeforeAll
	static void startTwoInstances() {
		Map<String, Object> properties = new HashMap<>(TestDatabases.freshDatabase());
		properties.put("server.port", "0");
		properties.put("mediaprotocol.demo.enabled", "true");
		properties.put("mediaprotocol.demo.password", PASSWORD);
		// the nightly purge fires every second on both: only the lock keeps it to one run
		properties.put("mediaprotocol.privacy.purge-cron", "* * * * * *");
		first = RunningApp.start(properties);
		second = RunningApp.start(properties);
		bothStarted = Instant.now();
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aUserSignedInOnOneInstanceGoesOnOnTheOtherAndSignsOutOfBoth() throws Exception {
		Browser browser = new Browser();
		browser.signIn(first, "teamleider", PASSWORD);

		HttpResponse<String> home = browser.get(second, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Ahmed El Amrani");

		// a form from one instance is accepted by the other: the CSRF token is in the
		// shared session
		HttpResponse<String> signedOut = browser.post(second, "/logout", Map.of("_csrf", browser.csrf(first, "/")));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));

		HttpResponse<String> afterwards = browser.get(first, "/");
		assertThat(afterwards.statusCode()).as("signed out on both").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aConsentWithdrawnThroughOneInstanceIsRefusedByTheOtherAtOnce() throws Exception {
		String noah = jdbc().sql("select ref from people where first_name = 'Noah' and last_name = 'Vermeulen'")
			.query(String.class)
			.single();
		Api parent = new Api("ouder", PASSWORD);

		assertThat(parent.decide(first, noah, true).statusCode()).isEqualTo(201);
		assertThat(parent.allowed(second, noah)).isTrue();

		assertThat(parent.decide(first, noah, false).statusCode()).isEqualTo(201);
		assertThat(parent.allowed(second, noah)).isFalse();

		assertThat(parent.decide(second, noah, true).statusCode()).isEqualTo(201);
		assertThat(parent.allowed(first, noah)).isTrue();
	}

	@Test
	void aFileUploadedThroughOneInstanceIsServedByTheOther() throws Exception {
		byte[] scan = "%PDF-1.4 ondertekend formulier, twee instanties".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> uploaded = new Api("teamleider", PASSWORD).uploadScan(first, "L-1020", scan);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(uploaded.body());
		assertThat(id.find()).as(uploaded.body()).isTrue();

		Browser browser = new Browser();
		browser.signIn(second, "teamleider", PASSWORD);
		HttpResponse<String> served = browser.get(second, "/consent/people/L-1020/scans/" + id.group(1));

		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body().getBytes(StandardCharsets.US_ASCII)).isEqualTo(scan);
	}

	@Test
	void aUnitImportedThroughOneInstanceIsReachedOnTheOtherAtOnce() {
		Directory onSecond = second.getBean(Directory.class);
		CurrentUser teamleader = CurrentUser.of("teamleider-strijp", null,
				RoleGrant.forUnit(Role.TEAMLEIDER, "SO-STRIJP"));
		// the second instance has the units in memory, without the new one
		assertThat(onSecond.unitPlace("SO-STRIJP-ANNEX")).isEmpty();
		assertThat(onSecond.reaches(teamleader, Set.of(Role.TEAMLEIDER), "SO-STRIJP-ANNEX")).isFalse();

		ImportReport imported = first.getBean(DirectoryImporter.class).importCsv(ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				SO-STRIJP-ANNEX;Dependance Strijp;locatie;SO-STRIJP
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(imported.created()).isEqualTo(1);

		assertThat(onSecond.unitPlace("SO-STRIJP-ANNEX"))
			.hasValueSatisfying(place -> assertThat(place.above()).extracting(UnitLabel::code).endsWith("SO-STRIJP"));
		assertThat(onSecond.reaches(teamleader, Set.of(Role.TEAMLEIDER), "SO-STRIJP-ANNEX")).isTrue();
	}

	@Test
	void aScheduledJobFiringOnBothInstancesRunsOnOneOnly() throws Exception {
		Thread.sleep(3_000);
		Instant now = Instant.now();
		var runs = jdbc().sql("select started_at from privacy_purge_runs where started_by = 'systeem' order by id")
			.query(OffsetDateTime.class)
			.list();

		assertThat(runs).as("the purge ran").isNotEmpty();
		Instant firstRun = runs.getFirst().toInstant();
		assertThat(firstRun).isBefore(bothStarted.plusSeconds(2));
		// the lock is held at least a minute: at most one run per minute on both together
		long minutes = Duration.between(firstRun, now).toMinutes();
		assertThat(runs).as("runs since %s with both instances firing every second", firstRun)
			.hasSizeLessThanOrEqualTo((int) minutes + 1);
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	/** A browser: one cookie jar for both instances, as behind one host name. */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		void signIn(ConfigurableApplicationContext instance, String username, String password)
				throws IOException, InterruptedException {
			HttpResponse<String> signedIn = post(instance, "/login",
					Map.of("username", username, "password", password, "_csrf", csrf(instance, "/login")));
			assertThat(signedIn.headers().firstValue("Location")).as("signed in")
				.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		}

		String csrf(ConfigurableApplicationContext instance, String page) throws IOException, InterruptedException {
			return RunningApp.csrf(this.http, RunningApp.uri(instance, page));
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
				throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(RunningApp.uri(instance, path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			return RunningApp.submit(this.http, RunningApp.uri(instance, path), form);
		}

	}

	/** An integration calling the JSON API with HTTP Basic, no session. */
	private record Api(String username, String password) {

		private static final HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> decide(ConfigurableApplicationContext instance, String ref, boolean granted)
				throws IOException, InterruptedException {
			String body = """
					{"ref":"%s","purpose":"website","medium":"PHOTO","granted":%s,"decidedByRef":"R-2012","method":"PORTAL"}"""
				.formatted(ref, granted);
			return http
				.send(authorised(instance, "/api/v1/consent/decisions").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> uploadScan(ConfigurableApplicationContext instance, String ref, byte[] pdf)
				throws IOException, InterruptedException {
			String boundary = "scan-" + System.nanoTime();
			byte[] head = ("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"formulier.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
			return http.send(authorised(instance, "/api/v1/consent/scans?ref=" + ref)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
						HttpRequest.BodyPublishers.ofByteArray(pdf), HttpRequest.BodyPublishers.ofByteArray(tail)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		boolean allowed(ConfigurableApplicationContext instance, String ref) throws IOException, InterruptedException {
			HttpResponse<String> answer = http.send(
					authorised(instance, "/api/v1/consent/decision?ref=" + ref + "&purpose=website&medium=PHOTO").GET()
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			return answer.body().contains("\"allowed\":true");
		}

		private HttpRequest.Builder authorised(ConfigurableApplicationContext instance, String path) {
			return HttpRequest.newBuilder(RunningApp.uri(instance, path))
				.header("Authorization", RunningApp.basic(this.username, this.password));
		}

	}

}
