package nl.mediaprotocol;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests that run the whole app as an operator would, outside Spring's test context:
 * start an instance with its settings, and talk HTTP to it as a browser or an integration
 * does.
 */
final class RunningApp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private RunningApp() {
	}

	/**
	 * Starts an instance with these settings on a free port. They go in as command-line
	 * arguments: as default properties they would lose to {@code application.properties}.
	 */
	static ConfigurableApplicationContext start(Map<String, Object> settings) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(MediaprotocolApplication.class)
			.run(settings.entrySet()
				.stream()
				.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
				.toArray(String[]::new));
		assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
			.isEqualTo(settings.get("spring.datasource.url"));
		return app;
	}

	static URI uri(ConfigurableApplicationContext app, String path) {
		return uri(((WebServerApplicationContext) app).getWebServer().getPort(), path);
	}

	static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** The value of an HTTP Basic {@code Authorization} header. */
	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The CSRF token of the first form on a page, as a browser with these cookies sees
	 * it.
	 */
	static String csrf(HttpClient browser, URI page) throws IOException, InterruptedException {
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(page).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(answer.body());
		if (!token.find()) {
			throw new IOException("No form on " + page + ": " + answer.statusCode());
		}
		return token.group(1);
	}

	/** Submits a form as a browser does. */
	static HttpResponse<String> submit(HttpClient browser, URI action, Map<String, String> fields)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return browser.send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
