package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class PrivacyBrowserTests {

	@Test
	void theFgChecksRetentionDryRunsThePurgeProducesAnAccessExportAndReadsTheRegister(Browser browser) {
		browser.signInAs("fg");
		browser.followLink("Privacy");
		assertThat(browser.heading()).isEqualTo("Privacy");
		assertThat(browser.texts(By.cssSelector("tbody td:first-child"))).contains("Meldingen", "Zaken en dossiers",
				"Verzoeken om monitoring");
		browser.see("overview");

		browser.submit(By.xpath("//button[normalize-space()='Proefdraaien: wat zou er weg gaan?']"));
		assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("Zaken en dossiers: 0");
		browser.see("dry-run");

		browser.type(By.id("ref"), "ONBEKEND-1");
		browser.submit(By.xpath("//button[normalize-space()='Bekijken']"));
		assertThat(browser.find(By.cssSelector(".notice--error")).getText())
			.isEqualTo("Dit nummer staat niet in de gids.");

		browser.type(By.id("ref"), "L-1020");
		browser.submit(By.xpath("//button[normalize-space()='Bekijken']"));
		assertThat(browser.heading()).isEqualTo("Inzage: Nora Vos");
		assertThat(browser.texts(By.cssSelector("tbody td:first-child"))).contains("gids", "toestemming", "zaken",
				"audittrail");
		assertThat(browser.find(By.linkText("Inzage downloaden (ZIP)")).getAttribute("href"))
			.endsWith("/privacy/access.zip?ref=L-1020");
		browser.see("access");
		browser.followLink("Privacy");

		browser.followLink("Register van verwerkingen");
		assertThat(browser.texts(By.cssSelector("article h2"))).contains("Meldpunt", "Toestemmingsregister",
				"Zaken en dossiers", "Gericht monitoren", "Gids");
		browser.see("register");
	}

}
