package nl.mediaprotocol.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class MonitoringBrowserTests {

	@Test
	void aManagerAsksTheFgAdvisesAndIctReports(Browser browser) {
		browser.signInAs("teamleider");
		browser.followLink("Monitoring");
		assertThat(browser.heading()).isEqualTo("Verzoeken om monitoring");
		browser.followLink("Nieuw verzoek");
		browser.type(By.id("q"), "Peter Visser");
		browser.submit(By.xpath("//button[normalize-space()='Zoeken']"));
		browser.type(By.id("suspicion"), "Sinds vorige week worden vanaf de computers van de personeelskamer "
				+ "filmpjes van leerlingen op een anoniem account gezet, telkens in zijn pauzes.");
		browser.type(By.id("scope"), "Proxylogboeken van de computers in de personeelskamer");
		// The board's today, as the form offers it: the app keeps Dutch time, this JVM
		// may not.
		LocalDate today = LocalDate.parse(browser.find(By.id("startsOn")).getAttribute("min"));
		browser.type(By.id("startsOn"), date(today));
		browser.type(By.id("endsOn"), date(today.plusDays(6)));
		browser.see("request-form");
		browser.submit(By.xpath("//button[normalize-space()='Verzoek indienen']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("Je verzoek is ingediend. De FG geeft eerst advies.");
		String request = browser.path();
		browser.signOut();

		browser.signInAs("ict");
		browser.open(request);
		assertThat(browser.find(By.cssSelector("main")).getText()).as("nothing for ICT before the advice")
			.contains("Deze pagina bestaat niet");
		browser.signOut();

		browser.signInAs("fg");
		browser.open(request);
		browser.click(By.id("advice-AGREE_WITH_CONDITIONS"));
		browser.type(By.id("reasons"), "Concreet vermoeden, beperkt in tijd en omvang.");
		browser.type(By.id("conditions"), "Alleen de proxylogboeken, geen inhoud van berichten.");
		browser.see("advice");
		browser.submit(By.xpath("//button[normalize-space()='Advies geven']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("Je advies is vastgelegd.");
		browser.signOut();

		browser.signInAs("ict");
		browser.open(request);
		assertThat(browser.find(By.cssSelector("main")).getText()).doesNotContain("personeelskamer filmpjes")
			.doesNotContain("anoniem account");
		browser.click(By.id("conditionsConfirmed"));
		browser.submit(By.xpath("//button[normalize-space()='Monitoring starten']"));
		browser.type(By.id("whatWasDone"), "Proxylogboeken van de personeelskamer over drie dagen bekeken.");
		browser.type(By.id("findings"), "Twee uploads naar het anonieme account, beide tijdens een pauze.");
		browser.submit(By.xpath("//button[normalize-space()='Rapport versturen']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("Je rapport is verstuurd naar de leidinggevende en de FG.");
		assertThat(browser.find(By.cssSelector("main")).getText()).doesNotContain("Twee uploads");
		browser.see("ict");
		browser.signOut();

		browser.signInAs("teamleider");
		browser.open(request);
		assertThat(browser.find(By.cssSelector(".timeline")).getText()).contains("Twee uploads");
		browser.see("findings");
	}

	/** A date typed into a date field the way Chromium's en-US field takes it. */
	private static String date(LocalDate date) {
		return String.format("%02d%02d%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
	}

}
