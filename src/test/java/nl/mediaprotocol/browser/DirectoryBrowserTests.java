package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class DirectoryBrowserTests {

	@Test
	void aTeamLeaderBrowsesFromTheDirectoryToTheirLocationAGroupAndAStudent(Browser browser) {
		browser.signInAs("teamleider");
		browser.followLink("Gids");
		assertThat(browser.heading()).isEqualTo("Gids");
		browser.see("directory");

		browser.followLink("Locatie Woensel (VSO)");
		assertThat(browser.heading()).isEqualTo("Locatie Woensel (VSO)");
		assertThat(browser.find(By.cssSelector(".breadcrumbs [aria-current=page]")).getText())
			.isEqualTo("Locatie Woensel (VSO)");
		browser.see("unit");

		browser.followLink("Klas 3 (VSO-3)");
		assertThat(browser.heading()).isEqualTo("Klas 3");
		assertThat(browser.texts(By.cssSelector("ul li a"))).contains("Sanne de Vries", "Nora Vos");
		browser.see("group");

		browser.followLink("Nora Vos");
		assertThat(browser.heading()).isEqualTo("Nora Vos");
		assertThat(browser.find(By.cssSelector(".details")).getText()).contains("Nummer\nL-1020", "Klas 3 (",
				"Locatie Woensel (VSO)", "16 jaar");
		browser.see("person");
	}

}
