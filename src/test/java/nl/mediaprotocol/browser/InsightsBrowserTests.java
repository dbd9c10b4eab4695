package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class InsightsBrowserTests {

	@Test
	void theDirecteurLooksAtTheSafetyPlansDashboardForTheSchoolAndOneLocation(Browser browser) {
		browser.open("/meldpunt");
		new Select(browser.find(By.id("category"))).selectByVisibleText("(Digitaal) pesten");
		browser.type(By.id("what"), "In de klassenapp van de Zonnebloem wordt een leerling uitgescholden.");
		new Select(browser.find(By.id("unit"))).selectByValue("SO-STRIJP");
		browser.click(By.id("to-DIRECTEUR"));
		browser.submit(By.xpath("//button[normalize-space()='Melding versturen']"));
		assertThat(browser.heading()).isEqualTo("Je melding is ontvangen");

		browser.signInAs("directeur");
		browser.followLink("Dashboard");
		assertThat(browser.heading()).isEqualTo("Dashboard veiligheidsplan");
		assertThat(browser.texts(By.cssSelector("main h2"))).containsExactly("Meldingen", "Zaken", "Hoe snel het gaat",
				"Berichten weghalen", "Toestemming voor beeld en geluid", "Bevestiging van het protocol", "Monitoring");
		assertThat(browser.texts(By.xpath("//table[caption='Meldingen per eenheid']//th[@scope='row']")))
			.contains("Locatie Strijp (SO)")
			.allSatisfy(unit -> assertThat(unit).isIn("School voor speciaal onderwijs", "Locatie Strijp (SO)",
					"Locatie Woensel (VSO)"));
		assertThat(
				browser.find(By.cssSelector("#figure-reports-by-unit svg[role=img]")).getAttribute("aria-labelledby"))
			.isEqualTo("chart-reports-by-unit");
		browser.see("dashboard");

		new Select(browser.find(By.id("unit"))).selectByValue("SO-STRIJP");
		browser.submit(By.xpath("//button[normalize-space()='Tonen']"));
		assertThat(browser.url()).contains("unit=SO-STRIJP");
		assertThat(browser.texts(By.xpath("//table[caption='Meldingen per eenheid']//th[@scope='row']")))
			.containsExactly("Locatie Strijp (SO)");
		assertThat(browser.find(By.xpath("//table[caption='Meldingen per eenheid']//td")).getText()).matches("\\d+");
		assertThat(browser.find(By.linkText("Meldingen per eenheid als CSV-bestand")).getAttribute("href"))
			.contains("/insights/reports-by-unit.csv?")
			.contains("unit=SO-STRIJP");
		browser.see("dashboard-strijp");
	}

}
