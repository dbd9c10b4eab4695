package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class ConsentBrowserTests {

	@Test
	void aParentGivesConsentForTheirYoungestAndWithdrawsItWithOneClick(Browser browser) {
		browser.signInAs("ouder");
		browser.followLink("Toestemming");
		assertThat(browser.heading()).isEqualTo("Toestemming voor foto's, video's en geluid");
		assertThat(browser.texts(By.cssSelector(".consent-person h2"))).contains("Noah Vermeulen", "Lucas Vermeulen");
		assertThat(browser.find(By.id("person-L-1023")).getText())
			.contains("Lucas is 16 jaar of ouder en beslist zelf");
		browser.see("portal");

		browser.click(By.id("L-1007-website.PHOTO-yes"));
		browser.click(By.id("L-1007-school-guide.PHOTO-yes"));
		browser.click(By.id("L-1007-instagram.VIDEO-no"));
		browser.submit(By.cssSelector("#person-L-1007 .consent-form button[type=submit]"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("3 keuze(s) voor Noah opgeslagen.");
		assertThat(browser.find(By.cssSelector("#person-L-1007 .consent-history summary")).getText())
			.isEqualTo("Geschiedenis (3)");
		browser.see("portal-saved");

		browser.submit(By.cssSelector("#person-L-1007 .consent-withdraw button"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.startsWith("2 toestemming(en) ingetrokken.");
		browser.see("portal-withdrawn");
	}

	@Test
	void aStudentWhoTurned16IsToldTheyNowDecide(Browser browser) {
		browser.signInAs("leerling");
		browser.followLink("Toestemming");
		assertThat(browser.find(By.cssSelector(".consent-person .notice")).getText())
			.startsWith("Je bent 16 jaar: vanaf nu beslis je zelf.");
		browser.see("student-sixteen");
	}

	@Test
	void aTeacherSeesWhoInTheirGroupMayAppearWhere(Browser browser) {
		browser.signInAs("leerkracht");
		browser.followLink("Gids");
		browser.followLink("Locatie Woensel (VSO)");
		browser.followLink("Klas 3 (VSO-3)");
		browser.followLink("Wie mag waar in beeld (toestemming per leerling)");
		assertThat(browser.heading()).isEqualTo("Wie mag waar in beeld: Klas 3");
		assertThat(browser.texts(By.cssSelector(".consent-grid tbody th"))).contains("Nora V.");
		assertThat(browser.find(By.cssSelector(".consent-grid")).getText()).doesNotContain("Vos", "L-10");
		browser.see("group-wall");
	}

	@Test
	void communicationsLooksAtAPersonsConsentsAndTheFormToPrint(Browser browser) {
		browser.signInAs("communicatie");
		browser.open("/consent/people/L-1007");
		assertThat(browser.heading()).isEqualTo("Toestemming van Noah Vermeulen");
		assertThat(browser.find(By.id("decidedByRef")).getText()).contains("Esther Vermeulen");
		browser.see("person");
	}

	@Test
	void theBeheerderOpensARoundAndSeesItsCoverage(Browser browser) {
		browser.signInAs("beheerder");
		browser.followLink("Toestemming beheren");
		assertThat(browser.heading()).isEqualTo("Toestemming beheren");
		browser.see("admin");

		browser.submit(By.cssSelector("form[action$='/consent/admin/rounds'] button[type=submit]"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("De ronde is geopend en de berichten zijn verstuurd.");
		assertThat(browser.texts(By.cssSelector("h3"))).anyMatch(heading -> heading.startsWith("Aanmelding: SSOE"));
		browser.see("admin-round");
	}

}
