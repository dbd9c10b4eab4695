package nl.mediaprotocol.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test class and hands it to the test methods, signed
 * out and pointed at the app. Without Chromium on the machine the journeys are skipped,
 * except on CI, where they must run.
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		requireInstalled(List.of(Browser.CHROMIUM, Browser.CHROMEDRIVER), "true".equalsIgnoreCase(System.getenv("CI")));
		context.getStore(NAMESPACE).put(Browser.class, Browser.start());
	}

	/**
	 * Skips the journeys when a binary is missing, or fails them on CI, where they must
	 * run.
	 */
	static void requireInstalled(List<Path> binaries, boolean onCi) {
		for (Path binary : binaries) {
			if (!Files.isExecutable(binary)) {
				String message = binary
						+ " is missing; the browser tests need it: apt-get install chromium chromium-driver";
				if (onCi) {
					throw new ExtensionConfigurationException(message);
				}
				Assumptions.abort(message);
			}
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser(context).startJourney("http://localhost:" + port, journeyName(context.getRequiredTestClass()));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	/**
	 * {@code DirectoryImportBrowserTests} saves its screenshots under
	 * {@code directory-import}.
	 */
	static String journeyName(Class<?> testClass) {
		String name = testClass.getSimpleName().replaceFirst("BrowserTests$", "");
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
