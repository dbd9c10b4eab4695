package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class ReportingBrowserTests {

	@Test
	void someoneReportsAnonymouslyTheTeamLeaderAsksAndTheReporterAnswers(Browser browser) {
		browser.open("/login");
		browser.followLink("Iets gezien dat niet klopt? Meld het, ook anoniem.");
		assertThat(browser.heading()).isEqualTo("Meldpunt");
		assertThat(browser.find(By.cssSelector(".notice")).getText()).startsWith("Je bent niet ingelogd");
		browser.see("form");

		new Select(browser.find(By.id("category"))).selectByVisibleText("(Digitaal) pesten");
		browser.type(By.id("what"), "In de groepsapp van klas 3 wordt een leerling elke avond uitgescholden.");
		browser.type(By.id("platform"), "WhatsApp");
		new Select(browser.find(By.id("unit"))).selectByValue("VSO-WOENSEL");
		browser.submit(By.xpath("//button[normalize-space()='Melding versturen']"));
		assertThat(browser.heading()).isEqualTo("Je melding is ontvangen");
		String code = browser.find(By.id("receipt-code")).getText();
		String secret = browser.find(By.id("receipt-secret")).getText();
		assertThat(code).matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}");
		browser.see("receipt");

		browser.signInAs("teamleider");
		browser.followLink("Meldingen");
		assertThat(browser.heading()).isEqualTo("Meldingen");
		browser.see("inbox");
		browser.follow(By.cssSelector("tbody a"));
		assertThat(browser.find(By.cssSelector(".post-text")).getText()).contains("uitgescholden");
		browser.submit(By.xpath("//button[normalize-space()='Ontvangst bevestigen']"));
		browser.type(By.id("question"), "Weet je om welke leerling het gaat?");
		browser.submit(By.xpath("//button[normalize-space()='Vraag stellen']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("Je vraag staat klaar voor de melder.");
		browser.see("handled");
		browser.signOut();

		browser.open("/meldpunt/volgen");
		browser.type(By.id("code"), code);
		browser.type(By.id("secret"), secret);
		browser.submit(By.xpath("//button[normalize-space()='Bekijken']"));
		assertThat(browser.find(By.cssSelector(".messages")).getText()).contains("Weet je om welke leerling het gaat?");
		browser.type(By.id("text"), "Het gaat om een jongen uit klas 3, de naam weet ik niet.");
		browser.submit(By.xpath("//button[normalize-space()='Versturen']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("Je aanvulling is verstuurd.");
		browser.see("follow-up");
	}

	@Test
	void aSextingReportExplainsNotToShareTheImages(Browser browser) {
		browser.open("/meldpunt");
		new Select(browser.find(By.id("category"))).selectByVisibleText("Sexting");
		browser.type(By.id("what"), "Er gaat een naaktfoto van een meisje uit klas 2 rond op Snapchat.");
		browser.submit(By.xpath("//button[normalize-space()='Melding versturen']"));
		assertThat(browser.heading()).isEqualTo("Je melding is ontvangen");
		browser.open("/meldpunt");
		assertThat(browser.find(By.id("no-images")).getText()).contains("Kopieer ze niet");
	}

}
