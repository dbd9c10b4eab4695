package nl.mediaprotocol.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class ChannelBrowserTests {

	@Test
	void aTeacherAsksForAClassWhatsAppTheSchoolAllowsItAndAStudentConfirmsAndEndsIt(Browser browser) {
		browser.signInAs("leerkracht");
		browser.followLink("Contact via andere kanalen");
		assertThat(browser.heading()).isEqualTo("Contact via andere kanalen");
		browser.followLink("Aanvragen voor Klas 3");
		assertThat(browser.heading()).isEqualTo("Een ander kanaal aanvragen voor Klas 3");
		assertThat(browser.find(By.cssSelector(".card p")).getText()).contains("leerlingen van 16 jaar of ouder");
		browser.click(By.id("kind-WHATSAPP"));
		browser.type(By.id("channelName"), "WhatsApp-groep Klas 3");
		browser.type(By.id("purpose"), "Korte berichten over uitjes en het schoolreisje. Niets over één leerling.");
		LessonBrowserTests.pickDate(browser, By.id("endsOn"),
				LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(6));
		browser.see("request");
		browser.submit(By.xpath("//button[normalize-space()='Aanvraag versturen']"));
		assertThat(browser.heading()).isEqualTo("Afspraak: WhatsApp-groep Klas 3");
		assertThat(browser.find(By.id("standing")).getText()).startsWith("Aangevraagd.");
		String agreement = browser.path();
		browser.see("requested");
		browser.signOut();

		browser.signInAs("teamleider");
		browser.followLink("Contact via andere kanalen");
		browser.see("school-list");
		browser.follow(By.cssSelector("a[href$='" + agreement + "']"));
		browser.submit(By.xpath("//button[normalize-space()='Toestaan']"));
		assertThat(browser.find(By.cssSelector(".notice--success[role=status]")).getText()).startsWith("Toegestaan.");
		assertThat(browser.find(By.id("standing")).getText()).startsWith("De school staat het toe. 0 van de");
		browser.see("approved");
		browser.signOut();

		browser.signInAs("leerkracht");
		browser.open(agreement);
		browser.submit(By.xpath("//button[normalize-space()='Ik ga akkoord']"));
		assertThat(browser.find(By.id("standing")).getText()).contains("1 van de");
		browser.signOut();

		browser.signInAs("leerling");
		browser.followLink("Contact via andere kanalen");
		assertThat(browser.find(By.cssSelector(".notice[role=status]")).getText())
			.isEqualTo("Je moet nog 1 afspraak bevestigen.");
		browser.see("student-list");
		browser.follow(By.cssSelector("a[href$='" + agreement + "']"));
		browser.see("student-asked");
		browser.submit(By.xpath("//button[normalize-space()='Ik ga akkoord']"));
		assertThat(browser.find(By.id("standing")).getText()).contains("2 van de");
		assertThat(browser.find(By.xpath("//table[contains(@class,'parties')]//tr[td[contains(., '(jij)')]]/td[3]"))
			.getText()).isNotEqualTo("Nog niet");
		browser.see("student-confirmed");

		browser.type(By.id("end-reason"), "Ik wil liever geen klassenapp.");
		browser.submit(By.xpath("//button[normalize-space()='Afspraak beëindigen']"));
		assertThat(browser.find(By.id("standing")).getText()).startsWith("Deze afspraak is beëindigd.");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("Nora Vos, op")
			.contains("Ik wil liever geen klassenapp.");
		browser.see("ended");
		browser.signOut();

		// the ouder's children are in other groups: nothing here concerns her
		browser.signInAs("ouder");
		browser.followLink("Contact via andere kanalen");
		assertThat(browser.find(By.cssSelector("main")).getText())
			.contains("Er zijn geen afspraken over andere kanalen die jou aangaan.");
		browser.see("ouder");
	}

}
