package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class CareBrowserTests {

	@Test
	void aTeacherPassesOnACareSignalAndTheCareCoordinatorTakesItToConversationReferralAndClosed_1_8(Browser browser) {
		browser.signInAs("leerkracht");
		browser.followLink("Zorgsignalen");
		assertThat(browser.heading()).isEqualTo("Zorgsignalen");
		browser.see("overview");
		browser.followLink("Zorgsignaal doorgeven");
		assertThat(browser.heading()).isEqualTo("Zorgsignaal doorgeven");

		browser.type(By.id("actionTaken"), "Kort met hem gepraat na de les.");
		browser.submit(By.xpath("//button[normalize-space()='Zorgsignaal doorgeven']"));
		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText()).contains("Kies de leerling")
			.contains("Schrijf op wat je hebt gezien of gehoord.");
		assertThat(browser.find(By.id("actionTaken")).getAttribute("value"))
			.isEqualTo("Kort met hem gepraat na de les.");
		browser.see("form-refused");

		// Ravi Ramdin (15) is in Klas 3, the group the leerkracht teaches
		browser.type(By.id("student"), "Ravi");
		browser.click(By.id("student-L-1017"));
		browser.type(By.id("observation"), "Ravi zit in elke pauze op zijn telefoon en valt in de les bijna in slaap. "
				+ "Hij vertelt dat hij tot diep in de nacht op TikTok zit.");
		browser.see("form");
		browser.submit(By.xpath("//button[normalize-space()='Zorgsignaal doorgeven']"));
		assertThat(browser.path()).isEqualTo("/care");
		assertThat(browser.find(By.cssSelector(".notice--success[role=status]")).getText())
			.startsWith("Je zorgsignaal is doorgegeven aan de zorgcoördinator.");
		assertThat(browser.texts(By.cssSelector("#my-signals tbody tr")))
			.anySatisfy(row -> assertThat(row).contains("Ravi Ramdin").contains("Nieuw"));
		browser.see("raised");
		browser.signOut();

		browser.signInAs("zorg");
		browser.followLink("Zorgsignalen");
		assertThat(browser.find(By.tagName("h2")).getText()).isEqualTo("Voor jou als zorgcoördinator");
		browser.see("coordinator");
		browser.follow(By.xpath("//table[@id='open-signals']//tr[td[normalize-space()='Ravi Ramdin']]//a"));
		assertThat(browser.find(By.id("observation")).getText()).contains("TikTok");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Nieuw");
		String signal = browser.path();
		browser.see("signal");

		browser.type(By.id("conversation-text"), "Gesprek met Ravi en zijn moeder over slapen en schermtijd.");
		browser.submit(By.xpath("//button[normalize-space()='Gesprek vastleggen']"));
		assertThat(browser.find(By.cssSelector(".notice--success[role=status]")).getText())
			.isEqualTo("Het gesprek is vastgelegd.");
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Gesprek gevoerd");

		browser.type(By.id("referredTo"), "Schoolmaatschappelijk werk");
		browser.submit(By.xpath("//button[normalize-space()='Verwijzing vastleggen']"));
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Verwezen");
		browser.see("referred");

		browser.submit(By.xpath("//button[normalize-space()='Zorgsignaal afsluiten']"));
		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText())
			.isEqualTo("Schrijf op waarom je het zorgsignaal afsluit.");
		browser.type(By.id("closure-text"),
				"Ravi krijgt begeleiding van het schoolmaatschappelijk werk; thuis zijn afspraken over de telefoon gemaakt.");
		browser.submit(By.xpath("//button[normalize-space()='Zorgsignaal afsluiten']"));
		assertThat(browser.find(By.id("status")).getText()).isEqualTo("Afgesloten");
		assertThat(browser.texts(By.cssSelector("#timeline h3"))).containsExactly("Gesprek gevoerd", "Verwezen",
				"Afgesloten");
		assertThat(browser.find(By.id("timeline")).getText()).contains("Vastgelegd door Ingrid Mulder");
		browser.see("closed");
		browser.signOut();

		browser.signInAs("leerkracht");
		browser.followLink("Zorgsignalen");
		assertThat(browser.texts(By.cssSelector("#my-signals tbody tr")))
			.anySatisfy(row -> assertThat(row).contains("Ravi Ramdin").contains("Afgesloten"));
		assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("schoolmaatschappelijk werk");
		browser.open(signal);
		assertThat(browser.find(By.tagName("main")).getText())
			.contains("Deze pagina bestaat niet, of je hebt er geen toegang toe.")
			.doesNotContain("TikTok");
	}

}
