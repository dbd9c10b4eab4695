package nl.mediaprotocol.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A school day at the SSOE board, against a running instance: parents answering consent
 * in the portal and a school website asking the register, staff screening drafts, reports
 * coming in (from students, and anonymously), and team leaders working their cases. Each
 * kind of visitor runs at a fixed pace, so that the mix adds up to {@code -Drps} (300 by
 * default) once everyone is in; the assertions are the target of issue 12: that rate, p95
 * under 100 ms, no errors.
 *
 * <p>
 * Properties: {@code baseUrl} (http://localhost:8080), {@code password} (the demo
 * password), {@code rps} (300), {@code ramp} and {@code hold} (seconds, 20 and 100),
 * {@code p95} (100 ms); {@code users.parent}, {@code children}, {@code users.reporter},
 * {@code users.teacher}, {@code users.handler}, {@code caseSubject} (the demo board's
 * {@code ouder}, L-1007 and L-1023, {@code leerling}, {@code leerkracht},
 * {@code teamleider}, L-1015).
 */
public class SsoeMixSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final String PASSWORD = System.getProperty("password", "demo");

	static final double RPS = Double.parseDouble(System.getProperty("rps", "300"));

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 20));

	static final Duration HOLD = Duration.ofSeconds(Long.getLong("hold", 100));

	static final int P95 = Integer.getInteger("p95", 100);

	/**
	 * The accounts and people used: the demo board's by default; on other data, such as
	 * the national-scale data, name accounts and refs that exist there.
	 */
	static final String PARENT = System.getProperty("users.parent", "ouder");

	static final List<String> CHILDREN = List.of(System.getProperty("children", "L-1007,L-1023").split(","));

	static final String REPORTER = System.getProperty("users.reporter", "leerling");

	static final String TEACHER = System.getProperty("users.teacher", "leerkracht");

	static final String HANDLER = System.getProperty("users.handler", "teamleider");

	static final String CASE_SUBJECT = System.getProperty("caseSubject", "L-1015");

	/**
	 * Whether handlers list their cases: {@code -DcaseList=false} where that list fails.
	 */
	static final boolean CASE_LIST = Boolean.parseBoolean(System.getProperty("caseList", "true"));

	/** The purposes of the default register. */

	static final List<String> PURPOSES = List.of("school-guide", "website", "newsletter", "social-media",
			"parent-portal", "facebook", "instagram", "linkedin", "x", "youtube");

	static final List<String> DRAFTS = List.of(
			"Vandaag gingen we met groep Zonnebloem naar de kinderboerderij. Wat een mooie dag!",
			"Morgen is de sportdag; vergeet je gymkleren niet. Vragen? Bel 06-12345678.",
			"Gefeliciteerd Noah Vermeulen met je zwemdiploma!",
			"De ouderavond is verplaatst naar donderdag 19.30 uur in de aula van locatie Woensel.",
			"Klas 3 heeft een prachtige tentoonstelling gemaakt over de Tweede Wereldoorlog.",
			"Stagebezoek bij de bakker op de Woenselse markt: onze leerlingen bakten zelf brood.");

	static final List<String> REPORTS = List.of("In de klassenapp worden foto's van een leerling doorgestuurd.",
			"Er staat een nepaccount op Instagram met de naam van onze juf.",
			"Een leerling wordt in een groepsapp steeds uitgescholden.",
			"Iemand heeft een filmpje van de les op TikTok gezet.");

	final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("nl-NL,nl;q=0.9")
		.userAgentHeader("Gatling (Mediaprotocol load test)")
		// the page after a form is a request of its own, under its own name
		.disableFollowRedirect()
		.shareConnections();

	/** A form login, then the home page, which carries the session's CSRF token. */
	static ChainBuilder login(String username) {
		return exec(get("login: form", "/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(post("login: sign in", "/login").formParam("username", username)
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302))
				.check(headerRegex("Location", ".*/login.*").notExists()))
			.exec(get("home", "/").check(css("input[name=_csrf]", "value").saveAs("csrf")));
	}

	/** Parents open the portal, look again, and change one answer. */
	final ScenarioBuilder parents = scenario("Parents answering consent").exec(login(PARENT))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4))
			.exec(get("consent: portal", "/consent").check(css("form.consent-form", "action").saveAs("consentForm"))
				.check(css("form.consent-form input[type=radio]", "name").findRandom().saveAs("choice"))
				.check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
			.exec(get("consent: portal", "/consent"))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1000))
			.exec(post("consent: decide", "#{consentForm}").formParam("_csrf", "#{csrf}")
				.formParam("#{choice}", random(List.of("yes", "no")))
				.check(status().is(302))
				.check(headerRegex("Location", ".*/consent(#.*)?$").exists()))
			.exec(get("consent: portal", "/consent")));

	/** A school website's content system asks the register before it shows a photo. */
	final ScenarioBuilder website = scenario("Website asking the register (API)").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(1))
			.exec(get("api: consent decision", "/api/v1/consent/decision").queryParam("ref", random(CHILDREN))
				.queryParam("purpose", random(PURPOSES))
				.queryParam("medium", random(List.of("PHOTO", "VIDEO", "AUDIO")))
				.basicAuth(PARENT, PASSWORD)
				.check(substring("\"allowed\""))));

	/** Staff check a draft before they post it. */
	final ScenarioBuilder screening = scenario("Staff screening drafts (API)").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(1)).exec(post("api: screening", "/api/v1/screening").basicAuth(TEACHER, PASSWORD)
			.body(StringBody(session -> "{\"text\":\"" + DRAFTS.get(ThreadLocalRandom.current().nextInt(DRAFTS.size()))
					+ "\",\"personal\":false,\"channel\":\"website\"}"))
			.asJson()
			.check(substring("\"verdict\""))));

	/** Students report what they saw, signed in. */
	final ScenarioBuilder reporters = scenario("Students reporting").exec(login(REPORTER))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4)).exec(report("report")));

	/** Anonymous reports: a receipt with a secret, hashed slowly. */
	final ScenarioBuilder anonymous = scenario("Anonymous reporting").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4)).exec(report("report (anonymous)")));

	static ChainBuilder report(String name) {
		return exec(get(name + ": form", "/meldpunt").check(css("input[name=_csrf]", "value").saveAs("csrf"))
			.check(css("select[name=unit] option", "value").findRandom().saveAs("unit")))
			.pause(Duration.ofMillis(1000), Duration.ofMillis(2000))
			.exec(post(name + ": send", "/meldpunt").formParam("_csrf", "#{csrf}")
				.formParam("category", random(List.of("BULLYING", "MEMES", "GOOD_NAME", "HACKED_ACCOUNT")))
				.formParam("what", random(REPORTS))
				.formParam("platform", "WhatsApp")
				.formParam("unit", "#{unit}")
				.formParam("addressedTo", "TEAMLEIDER")
				.asMultipartForm()
				.check(status().is(200))
				// the receipt, not the form again with a problem
				.check(css("textarea#what").notExists()));
	}

	/** Team leaders open a case, then list their cases, read it and add notes. */
	final ScenarioBuilder handlers = scenario("Handlers working cases").exec(login(HANDLER))
		.exec(post("case: open", "/cases").formParam("_csrf", "#{csrf}")
			.formParam("subject", CASE_SUBJECT)
			.formParam("title", "Berichten in de klassenapp")
			.check(status().is(302))
			.check(headerRegex("Location", ".*/cases/(\\d+)$").saveAs("case")))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(3)).doIf(session -> CASE_LIST)
			.then(exec(get("case: list", "/cases")).pause(Duration.ofMillis(300), Duration.ofMillis(800)))
			.exec(get("case: timeline", "/cases/#{case}").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.pause(Duration.ofMillis(300), Duration.ofMillis(800))
			.exec(post("case: add note", "/cases/#{case}/notes").formParam("_csrf", "#{csrf}")
				.formParam("text", "Gesprek gehad met de mentor; volgende week opnieuw bekijken.")
				.asMultipartForm()
				.check(status().is(302))
				.check(headerRegex("Location", ".*/cases/\\d+$").exists()))
			.exec(get("case: timeline", "/cases/#{case}")));

	{
		// requests per second once everyone is in: users x requests per iteration / pace
		Map<ScenarioBuilder, Double> perUser = Map.of(this.parents, 4 / 4.0, this.website, 1.0, this.screening, 1.0,
				this.reporters, 2 / 4.0, this.anonymous, 2 / 4.0, this.handlers, 4 / 3.0);
		// the share of the target rate each kind of visitor brings
		Map<ScenarioBuilder, Double> share = Map.of(this.parents, 0.50, this.website, 0.01, this.screening, 0.02,
				this.reporters, 0.06, this.anonymous, 0.002, this.handlers, 0.408);
		List<PopulationBuilder> populations = share.entrySet()
			.stream()
			.map(entry -> entry.getKey()
				.injectOpen(
						rampUsers(Math.max(1, (int) Math.round(RPS * entry.getValue() / perUser.get(entry.getKey()))))
							.during(RAMP)))
			.toList();
		setUp(populations).protocols(this.protocol)
			.maxDuration(HOLD.plus(RAMP).plusSeconds(10))
			.assertions(global().failedRequests().count().is(0L), global().responseTime().percentile(95.0).lt(P95),
					// the mean over the whole run, the ramp included
					global().requestsPerSec().gte(RPS * 0.8));
	}

	// --- the summary per request ------------------------------------------------------

	/** Every response time by request name, for the summary printed at the end. */
	static final Map<String, Queue<Integer>> TIMES = new ConcurrentHashMap<>();

	static HttpRequestActionBuilder get(String name, String url) {
		return http(name).get(url).check(timing(name));
	}

	static HttpRequestActionBuilder post(String name, String url) {
		return http(name).post(url).check(timing(name));
	}

	/**
	 * Every response time by the ten seconds of the run in which it was answered, for the
	 * course of the run printed at the end: the ramp and the hold apart.
	 */
	static final Map<Long, Queue<Integer>> BY_TEN_SECONDS = new ConcurrentHashMap<>();

	static final long STARTED = System.currentTimeMillis();

	private static CheckBuilder timing(String name) {
		return responseTimeInMillis().transform(millis -> {
			TIMES.computeIfAbsent(name, key -> new ConcurrentLinkedQueue<>()).add(millis);
			BY_TEN_SECONDS
				.computeIfAbsent((System.currentTimeMillis() - STARTED) / 10_000, key -> new ConcurrentLinkedQueue<>())
				.add(millis);
			return millis;
		}).gte(0);
	}

	/**
	 * Throughput and p50/p95/p99 per request name; Gatling's own summary has them
	 * overall.
	 */
	@Override
	public void after() {
		long seconds = HOLD.plus(RAMP).toSeconds();
		List<Integer> all = new ArrayList<>();
		System.out.println();
		System.out.println(String.format(Locale.ROOT, "%-30s %8s %8s %8s %8s %8s %8s", "request (ramp included)",
				"count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
		new TreeMap<>(TIMES).forEach((name, times) -> {
			all.addAll(times);
			line(name, new ArrayList<>(times), seconds);
		});
		line("all requests", all, seconds);
		System.out.println();
		new TreeMap<>(BY_TEN_SECONDS).forEach((tens, times) -> line(
				String.format(Locale.ROOT, "answered in %3d-%3d s", tens * 10, tens * 10 + 10), new ArrayList<>(times),
				10));
	}

	private static void line(String name, List<Integer> times, long seconds) {
		Collections.sort(times);
		System.out.println(String.format(Locale.ROOT, "%-30s %8d %8.1f %8d %8d %8d %8d", name, times.size(),
				times.size() / (double) seconds, percentile(times, 0.50), percentile(times, 0.95),
				percentile(times, 0.99), times.isEmpty() ? 0 : times.get(times.size() - 1)));
	}

	private static int percentile(List<Integer> sorted, double percentile) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(percentile * sorted.size()) - 1);
	}

	static Function<Session, Object> random(List<String> values) {
		return session -> values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

}
