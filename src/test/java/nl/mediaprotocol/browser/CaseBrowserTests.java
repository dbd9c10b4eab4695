package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class CaseBrowserTests {

	@Test
	void aTeamLeaderTakesAReportToACaseThroughTheStepsToAMeasure(Browser browser) {
		browser.open("/meldpunt");
		new Select(browser.find(By.id("category"))).selectByVisibleText("Verspreiden van memes");
		browser.type(By.id("what"), "Lucas Vermeulen zet memes over een leraar op Instagram.");
		browser.type(By.id("platform"), "Instagram");
		new Select(browser.find(By.id("unit"))).selectByValue("VSO-WOENSEL");
		browser.submit(By.xpath("//button[normalize-space()='Melding versturen']"));
		assertThat(browser.heading()).isEqualTo("Je melding is ontvangen");

		browser.signInAs("teamleider");
		browser.followLink("Meldingen");
		browser.follow(By.xpath("//tr[td[normalize-space()='Verspreiden van memes']]//a"));
		browser.followLink("Zaak openen");
		assertThat(browser.heading()).isEqualTo("Nieuwe zaak");
		assertThat(browser.find(By.cssSelector(".card .post-text")).getText()).contains("memes over een leraar");
		browser.type(By.id("q"), "Lucas");
		browser.submit(By.xpath("//button[normalize-space()='Zoeken']"));
		browser.click(By.xpath("//label[starts-with(normalize-space(), 'Lucas Vermeulen')]"));
		browser.type(By.id("title"), "Memes over een leraar");
		browser.see("new-case");
		browser.submit(By.xpath("//button[normalize-space()='Zaak openen']"));

		assertThat(browser.heading()).matches("Zaak \\d+: Memes over een leraar");
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("De zaak is geopend.");
		assertThat(stepCard(browser, "Waarschuwing")).contains("Eerst: Gesprek tussen leerling en leerkracht.");
		browser.see("case");

		new Select(browser.find(By.id("step"))).selectByVisibleText("Gesprek tussen leerling en leerkracht");
		browser.type(By.id("step-text"), "Lucas vertelde dat het als grap bedoeld was; afgesproken dat hij stopt.");
		browser.submit(By.xpath("//button[normalize-space()='Stap vastleggen']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("De stap is vastgelegd.");
		assertThat(stepCard(browser, "Waarschuwing")).contains("Kan nu.");
		assertThat(stepCard(browser, "Gesprek met de teamleider"))
			.contains("Pas bij herhaling: deze persoon had nog geen eerdere zaak.");

		new Select(browser.find(By.id("step"))).selectByVisibleText("Berichten of beelden laten verwijderen");
		browser.type(By.id("step-text"), "Lucas heeft de memes in ons bijzijn verwijderd.");
		browser.submit(By.xpath("//button[normalize-space()='Stap vastleggen']"));
		assertThat(browser.texts(By.cssSelector(".timeline > li strong")))
			.containsExactly("Gesprek tussen leerling en leerkracht", "Berichten of beelden laten verwijderen");
		browser.see("measure");

		browser.followLink("dossier");
		assertThat(browser.heading()).isEqualTo("Dossier van Lucas Vermeulen");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("in ons bijzijn verwijderd");
		browser.see("dossier");
	}

	private static String stepCard(Browser browser, String name) {
		return browser.find(By.xpath("//ul[contains(@class,'steps')]/li[strong[normalize-space()='" + name + "']]"))
			.getText();
	}

}
