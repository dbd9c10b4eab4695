package nl.mediaprotocol.browser;

import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class SignInBrowserTests {

	@Autowired
	AccountRegistry accounts;

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
	void anFgSignsInWithThePasswordAndThenTheCodeFromTheAuthenticatorApp(Browser browser) {
		browser.signIn("fg", BrowserJourney.PASSWORD);

		assertThat(browser.path()).isEqualTo("/login/second-factor");
		assertThat(browser.heading()).isEqualTo("Code uit je app");
		browser.see("second-factor");
		browser.open("/audit");
		assertThat(browser.path()).isEqualTo("/login/second-factor");

		browser.enterCode("fg", BrowserJourney.AUTHENTICATOR_KEY);
		assertThat(browser.path()).isEqualTo("/");
		browser.open("/audit");
		assertThat(browser.path()).isEqualTo("/audit");
	}

	@Test
	void aNewBeheerderEnrolsAnAuthenticatorAppAndKeepsTheRecoveryCodes(Browser browser) {
		if (!this.accounts.exists("nieuwe-beheerder")) {
			this.accounts.open("nieuwe-beheerder", "Nieuwe Beheerder", null, BrowserJourney.PASSWORD,
					Set.of(RoleGrant.boardWide(Role.BEHEERDER)));
		}
		browser.signIn("nieuwe-beheerder", BrowserJourney.PASSWORD);

		assertThat(browser.heading()).isEqualTo("Stel je tweede stap in");
		assertThat(browser.find(By.cssSelector("img.totp-qr")).getAttribute("src"))
			.startsWith("data:image/png;base64,");
		browser.see("second-factor-enrolment");
		String key = browser.find(By.id("totp-key")).getText().replace(" ", "");
		browser.type(By.id("code"), Authenticator.code("nieuwe-beheerder", key));
		browser.submit(By.cssSelector("form[action$='/login/second-factor/enrolment'] button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Je herstelcodes");
		assertThat(browser.texts(By.cssSelector(".recovery-codes li"))).hasSize(10)
			.allMatch(code -> code.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
		browser.see("recovery-codes");
		browser.followLink("Ik heb de codes bewaard, verder");
		assertThat(browser.heading()).isEqualTo("Welkom, Nieuwe Beheerder");
	}

	@Test
	void signingOutEverywhereEndsThisSessionTooAndSaysSo(Browser browser) {
		browser.signInAs("medewerker");

		browser.submit(By.cssSelector("form[action$='/account/sign-out-everywhere'] button[type=submit]"));

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find(By.cssSelector(".notice[role=status]")).getText())
			.isEqualTo("Je bent op al je apparaten uitgelogd.");
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void aFailedSignInSaysSoInDutchAndStaysOnTheSignInPage(Browser browser) {
		browser.open("/");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.heading()).isEqualTo("Inloggen");
		// no school accounts configured: no button for them
		assertThat(browser.findAll(By.cssSelector(".sign-in-options"))).isEmpty();
		browser.see("sign-in");

		browser.signIn("ict", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText())
			.isEqualTo("Deze combinatie van gebruikersnaam en wachtwoord kennen we niet. Probeer het opnieuw.");
		browser.see("sign-in-failed");
	}

}
