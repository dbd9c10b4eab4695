package nl.mediaprotocol.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core, from its webjar on the test classpath, inside the page, and fails on any
 * violation of WCAG 2.1 level A or AA.
 */
final class Accessibility {

	static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String AXE_PATH = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");

	private static final String AXE_SOURCE = load();

	private static final String RUN = """
			const tags = arguments[0];
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: tags } })
			  .then(results => done(results.violations.map(violation => ({
			    id: violation.id,
			    impact: violation.impact,
			    help: violation.help,
			    helpUrl: violation.helpUrl,
			    nodes: violation.nodes.map(node => ({ target: node.target.join(' '), html: node.html }))
			  }))))
			  .catch(error => done('axe failed: ' + error));
			""";

	private final ChromeDriver driver;

	Accessibility(ChromeDriver driver) {
		this.driver = driver;
	}

	void check(String screen, String url) {
		if (Boolean.TRUE.equals(this.driver.executeScript("return typeof window.axe === 'undefined';"))) {
			this.driver.executeScript(AXE_SOURCE);
		}
		Object result = this.driver.executeAsyncScript(RUN, WCAG_21_A_AA);
		if (result instanceof String failure) {
			throw new IllegalStateException(failure + " on " + url);
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		if (!violations.isEmpty()) {
			throw new AssertionError(report(screen, url, violations));
		}
	}

	@SuppressWarnings("unchecked")
	static String report(String screen, String url, List<Map<String, Object>> violations) {
		StringBuilder report = new StringBuilder();
		report.append(violations.size())
			.append(" WCAG 2.1 A/AA violation(s) on ")
			.append(screen)
			.append(" (")
			.append(url)
			.append("), found by ")
			.append(AXE_PATH)
			.append(':');
		for (Map<String, Object> violation : violations) {
			report.append("\n- ")
				.append(violation.get("id"))
				.append(" (")
				.append(violation.get("impact"))
				.append("): ")
				.append(violation.get("help"))
				.append(" ")
				.append(violation.get("helpUrl"));
			for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
				report.append("\n    ").append(node.get("target")).append("  ").append(node.get("html"));
			}
		}
		return report.toString();
	}

	private static String load() {
		InputStream resource = (AXE_PATH != null) ? Accessibility.class.getClassLoader().getResourceAsStream(AXE_PATH)
				: null;
		if (resource == null) {
			throw new IllegalStateException("axe-core (org.webjars.npm:axe-core) is not on the test classpath");
		}
		try (InputStream in = resource) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
