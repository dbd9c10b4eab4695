package nl.mediaprotocol.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver: opens pages of the app,
 * signs in, and at every screen of a journey saves full-page screenshots at desktop and
 * phone width and checks the page with axe-core.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int DESKTOP_WIDTH = 1280;

	private static final int PHONE_WIDTH = 390;

	private static final int WINDOW_HEIGHT = 900;

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path userDataDir;

	private final Accessibility accessibility;

	private String baseUrl = "";

	private String journey = "journey";

	private Browser(ChromeDriverService service, ChromeDriver driver, Path userDataDir) {
		this.service = service;
		this.driver = driver;
		this.userDataDir = userDataDir;
		this.accessibility = new Accessibility(driver);
	}

	static Browser start() {
		try {
			Path userDataDir = Files.createTempDirectory("mediaprotocol-chromium-");
			// set explicitly, so that Selenium Manager downloads no driver of its own
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
					"--user-data-dir=" + userDataDir, "--window-size=" + DESKTOP_WIDTH + "," + WINDOW_HEIGHT,
					"--lang=nl-NL");
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
			return new Browser(service, driver, userDataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new journey starts signed out, with its screenshots in a folder of its own. */
	void startJourney(String baseUrl, String journey) {
		this.baseUrl = baseUrl;
		this.journey = journey;
		this.driver.manage().deleteAllCookies();
	}

	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/** Shows a page that is not the app's, such as one made to break a rule. */
	void show(String html) {
		this.driver
			.get("data:text/html;base64," + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
	}

	/** Signs in on the sign-in page and waits for the page that follows. */
	public void signIn(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
	}

	/**
	 * Signs in as a demo account, with the code from its authenticator key where its role
	 * needs one, and lands on its home page.
	 */
	public void signInAs(String username) {
		signIn(username, BrowserJourney.PASSWORD);
		if (path().equals("/login/second-factor")) {
			enterCode(username, BrowserJourney.AUTHENTICATOR_KEY);
		}
		if (!path().equals("/")) {
			throw new AssertionError("Signing in as " + username + " ended on " + this.driver.getCurrentUrl()
					+ " instead of the home page");
		}
	}

	/** Enters the code an authenticator app with this key shows now. */
	public void enterCode(String username, String key) {
		type(By.id("code"), Authenticator.code(username, key));
		submit(By.cssSelector("form[action$='/login/second-factor'] button[type=submit]"));
	}

	public void signOut() {
		submit(By.cssSelector("form[action$='/logout'] button[type=submit]"));
	}

	public void type(By field, String text) {
		WebElement element = find(field);
		element.clear();
		element.sendKeys(text);
	}

	/** Clicks a link or button that loads another page, and waits until it has. */
	public void follow(By target) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		find(target).click();
		new WebDriverWait(this.driver, WAIT).until(driver -> isGone(page));
		new WebDriverWait(this.driver, WAIT)
			.until(driver -> "complete".equals(this.driver.executeScript("return document.readyState")));
	}

	/**
	 * Whether the page an element belonged to has been replaced. While Chromium swaps the
	 * document, asking about the old element can also fail with "does not belong to the
	 * document" instead of a stale element: that too means the page is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException | NoSuchElementException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public void submit(By button) {
		follow(button);
	}

	public void followLink(String text) {
		follow(By.linkText(text));
	}

	/** Clicks a link within the page, such as an entry of the table of contents. */
	public void click(By target) {
		find(target).click();
	}

	public WebElement find(By selector) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
	}

	public List<WebElement> findAll(By selector) {
		return this.driver.findElements(selector);
	}

	public List<String> texts(By selector) {
		return findAll(selector).stream().map(WebElement::getText).toList();
	}

	public String heading() {
		return find(By.tagName("h1")).getText();
	}

	/** The path of the current page, without query or fragment. */
	public String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public String url() {
		return this.driver.getCurrentUrl();
	}

	/** The id of the element the URL's fragment points at, or null. */
	public String targetId() {
		return (String) this.driver.executeScript("const t = document.querySelector(':target'); return t && t.id;");
	}

	/**
	 * Whether the element's top edge lies within the window, as after jumping to it (a
	 * fraction of a pixel above the top counts as at the top).
	 */
	public boolean isScrolledIntoView(By selector) {
		return (Boolean) this.driver.executeScript(
				"const top = arguments[0].getBoundingClientRect().top; return top > -1 && top < window.innerHeight;",
				find(selector));
	}

	/**
	 * A screen of the journey: saves full-page screenshots at desktop and phone width,
	 * then fails on any WCAG 2.1 A or AA violation that axe-core finds in the page, and
	 * on a page wider than a phone, which makes its reader scroll sideways (WCAG 1.4.10,
	 * reflow).
	 */
	public void see(String step) {
		screenshot(step + "-desktop.png", DESKTOP_WIDTH, false);
		double phonePageWidth = screenshot(step + "-phone.png", PHONE_WIDTH, true);
		this.accessibility.check(this.journey + "/" + step, url());
		if (phonePageWidth > PHONE_WIDTH) {
			throw new AssertionError(this.journey + "/" + step + " is " + phonePageWidth + " px wide on a phone of "
					+ PHONE_WIDTH + " px: " + url());
		}
	}

	/** Saves a full-page screenshot and answers the page's width in CSS pixels. */
	private double screenshot(String fileName, int width, boolean mobile) {
		try {
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", WINDOW_HEIGHT, "deviceScaleFactor", 1, "mobile", mobile));
			Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
			// a page wider than the screen shows as such, so that overflow on a phone is
			// seen
			double clipWidth = Math.max(width, Math.ceil(content.get("width").doubleValue()));
			double clipHeight = Math.max(WINDOW_HEIGHT, Math.ceil(content.get("height").doubleValue()));
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip",
							Map.of("x", 0, "y", 0, "width", clipWidth, "height", clipHeight, "scale", 1)));
			Path file = SCREENSHOTS.resolve(this.journey).resolve(fileName);
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return content.get("width").doubleValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			deleteRecursively(this.userDataDir);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory; the operating system cleans up what is left
		}
	}

}
