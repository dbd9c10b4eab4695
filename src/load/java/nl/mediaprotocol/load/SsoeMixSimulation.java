package nl.mediaprotocol.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
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
 * {@code p95} (100 ms). The demo board's accounts are used: {@code ouder},
 * {@code leerling}, {@code leerkracht}, {@code teamleider}.
 */
public class SsoeMixSimulation extends Simulation {

	static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");

	static final String PASSWORD = System.getProperty("password", "demo");

	static final double RPS = Double.parseDouble(System.getProperty("rps", "300"));

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("ramp", 20));

	static final Duration HOLD = Duration.ofSeconds(Long.getLong("hold", 100));

	static final int P95 = Integer.getInteger("p95", 100);

	/** The demo guardian's children, and the purposes of the default register. */
	static final List<String> CHILDREN = List.of("L-1007", "L-1023");

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
		.shareConnections();

	/** A form login; the home page it lands on carries the session's CSRF token. */
	static ChainBuilder login(String username) {
		return exec(http("login: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("login: sign in").post("/login")
				.formParam("username", username)
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(currentLocationRegex(".*/login.*").notExists())
				.check(css("input[name=_csrf]", "value").saveAs("csrf")));
	}

	/** Parents open the portal, look again, and change one answer. */
	final ScenarioBuilder parents = scenario("Parents answering consent").exec(login("ouder"))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4))
			.exec(http("consent: portal").get("/consent")
				.check(css("form.consent-form", "action").saveAs("consentForm"))
				.check(css("form.consent-form input[type=radio]", "name").findRandom().saveAs("choice"))
				.check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1500))
			.exec(http("consent: portal").get("/consent"))
			.pause(Duration.ofMillis(500), Duration.ofMillis(1000))
			.exec(http("consent: decide").post("#{consentForm}")
				.formParam("_csrf", "#{csrf}")
				.formParam("#{choice}", random(List.of("yes", "no")))
				.check(status().is(200))));

	/** A school website's content system asks the register before it shows a photo. */
	final ScenarioBuilder website = scenario("Website asking the register (API)").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(1)).exec(http("api: consent decision").get("/api/v1/consent/decision")
			.queryParam("ref", random(CHILDREN))
			.queryParam("purpose", random(PURPOSES))
			.queryParam("medium", random(List.of("PHOTO", "VIDEO", "AUDIO")))
			.basicAuth("ouder", PASSWORD)
			.check(substring("\"allowed\""))));

	/** Staff check a draft before they post it. */
	final ScenarioBuilder screening = scenario("Staff screening drafts (API)").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(1)).exec(http("api: screening").post("/api/v1/screening")
			.basicAuth("leerkracht", PASSWORD)
			.body(StringBody(session -> "{\"text\":\"" + DRAFTS.get(ThreadLocalRandom.current().nextInt(DRAFTS.size()))
					+ "\",\"personal\":false,\"channel\":\"website\"}"))
			.asJson()
			.check(substring("\"verdict\""))));

	/** Students report what they saw, signed in. */
	final ScenarioBuilder reporters = scenario("Students reporting").exec(login("leerling"))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4)).exec(report("report")));

	/** Anonymous reports: a receipt with a secret, hashed slowly. */
	final ScenarioBuilder anonymous = scenario("Anonymous reporting").during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(4)).exec(report("report (anonymous)")));

	static ChainBuilder report(String name) {
		return exec(http(name + ": form").get("/meldpunt")
			.check(css("input[name=_csrf]", "value").saveAs("csrf"))
			.check(css("select[name=unit] option", "value").findRandom().saveAs("unit")))
			.pause(Duration.ofMillis(1000), Duration.ofMillis(2000))
			.exec(http(name + ": send").post("/meldpunt")
				.formParam("_csrf", "#{csrf}")
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
	final ScenarioBuilder handlers = scenario("Handlers working cases").exec(login("teamleider"))
		.exec(http("case: open").post("/cases")
			.formParam("_csrf", "#{csrf}")
			.formParam("subject", "L-1015")
			.formParam("title", "Berichten in de klassenapp")
			.check(currentLocationRegex(".*/cases/(\\d+)$").saveAs("case")))
		.during(HOLD.plus(RAMP))
		.on(pace(Duration.ofSeconds(3)).exec(http("case: list").get("/cases"))
			.pause(Duration.ofMillis(300), Duration.ofMillis(800))
			.exec(http("case: timeline").get("/cases/#{case}").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.pause(Duration.ofMillis(300), Duration.ofMillis(800))
			.exec(http("case: add note").post("/cases/#{case}/notes")
				.formParam("_csrf", "#{csrf}")
				.formParam("text", "Gesprek gehad met de mentor; volgende week opnieuw bekijken.")
				.asMultipartForm()
				.check(currentLocationRegex(".*/cases/\\d+$"))));

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

	static Function<Session, Object> random(List<String> values) {
		return session -> values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

}
