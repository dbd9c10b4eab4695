package nl.mediaprotocol.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class SignInBrowserTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					beheerder    | Ruud Hendriks        | Beheerder                        | Protocol Social Media; Bevestigingen van het protocol; Gids; Gegevens importeren; Toestemming voor beeld en geluid; Berichten; Zorgsignalen; Toestemming beheren; Audittrail
					bestuurder   | Henk Jansen          | Bestuurder                       | Protocol Social Media; Bevestigingen van het protocol; Gids; Toestemming voor beeld en geluid; Berichten; Zaken; Zorgsignalen; Dashboard
					directeur    | Marieke van den Berg | Directeur                        | Protocol Social Media; Bevestigingen van het protocol; Gids; Toestemming voor beeld en geluid; Opnemen in de les; Contact via andere kanalen; Berichten; Zaken; Zorgsignalen; Monitoring; Dashboard
					teamleider   | Ahmed El Amrani      | Teamleider                       | Protocol Social Media; Bevestigingen van het protocol; Gids; Toestemming voor beeld en geluid; Opnemen in de les; Contact via andere kanalen; Berichten; Zaken; Zorgsignalen; Monitoring
					leerkracht   | Sanne de Vries       | Leerkracht                       | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Opnemen in de les; Contact via andere kanalen; Berichten; Zorgsignalen
					medewerker   | Peter Visser         | Medewerker                       | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Berichten; Zorgsignalen
					communicatie | Lotte Smit           | Communicatie                     | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Berichten; Zorgsignalen
					zorg         | Ingrid Mulder        | Zorgcoördinator                  | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Berichten; Zorgsignalen
					ict          | Kevin de Jong        | ICT                              | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Berichten; Zorgsignalen; Monitoring
					fg           | Annelies Bos         | Functionaris Gegevensbescherming | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Berichten; Zorgsignalen; Monitoring; Privacy; Audittrail; Dashboard
					ouder        | Esther Vermeulen     | Ouder/verzorger                  | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Opnemen in de les; Contact via andere kanalen
					leerling     | Nora Vos             | Leerling                         | Protocol Social Media; Gids; Toestemming voor beeld en geluid; Opnemen in de les; Contact via andere kanalen
					""")
	void eachDemoRoleSignsInToTheHomePageOfItsRoleAndSignsOut(String username, String name, String role, String tasks,
			Browser browser) {
		browser.signInAs(username);

		assertThat(browser.heading()).isEqualTo("Welkom, " + name);
		assertThat(browser.texts(By.cssSelector(".tags li"))).containsExactly(role);
		assertThat(browser.texts(By.cssSelector(".cards h3"))).containsExactlyElementsOf(List.of(tasks.split("; ")));
		assertThat(browser.find(By.cssSelector(".site-user__name")).getText()).isEqualTo("Ingelogd als " + name);
		browser.see("home-" + username);

		browser.signOut();
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find(By.cssSelector(".notice[role=status]")).getText()).isEqualTo("Je bent uitgelogd.");
	}

	@Test
	void aFailedSignInSaysSoInDutchAndStaysOnTheSignInPage(Browser browser) {
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.heading()).isEqualTo("Inloggen");
		browser.see("sign-in");

		browser.signIn("ict", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText())
			.isEqualTo("Deze combinatie van gebruikersnaam en wachtwoord kennen we niet. Probeer het opnieuw.");
		browser.see("sign-in-failed");
	}

}
