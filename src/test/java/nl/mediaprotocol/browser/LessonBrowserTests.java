package nl.mediaprotocol.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class LessonBrowserTests {

	@Test
	void aTeacherGivesPermissionToFilmInClassSeesWhoStaysOutOfViewAndAStudentReadsIt(Browser browser) {
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
		browser.signInAs("leerkracht");
		browser.followLink("Opnemen in de les");
		assertThat(browser.heading()).isEqualTo("Opnemen in de les");
		browser.see("overview");

		browser.followLink("Toestemming voor Klas 3");
		assertThat(browser.heading()).isEqualTo("Toestemming voor opnamen in Klas 3");
		pickDate(browser, By.id("date"), tomorrow);
		browser.type(By.id("from"), "1400");
		browser.type(By.id("until"), "1300");
		new Select(browser.find(By.id("purpose"))).selectByVisibleText("Ouderportaal");
		browser.click(By.id("medium-VIDEO"));
		browser.click(By.id("recorders-STUDENTS"));
		browser.click(By.id("student-L-1020"));
		browser.type(By.id("note"), "Nora filmt de presentaties, voor de ouders in het ouderportaal.");
		browser.submit(By.xpath("//button[normalize-space()='Toestemming geven']"));

		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText())
			.isEqualTo("De les moet eindigen na de begintijd.");
		assertThat(browser.find(By.id("note")).getAttribute("value")).startsWith("Nora filmt de presentaties");
		assertThat(browser.find(By.id("student-L-1020")).isSelected()).isTrue();
		assertThat(browser.find(By.id("date")).getAttribute("value")).isEqualTo(tomorrow.toString());
		browser.see("refused");

		browser.type(By.id("until"), "1500");
		browser.submit(By.xpath("//button[normalize-space()='Toestemming geven']"));
		assertThat(browser.find(By.cssSelector(".notice--success[role=status]")).getText())
			.startsWith("De toestemming is gegeven.");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("Buiten beeld houden")
			.contains("14:00–15:00")
			.contains("Leerlingen die met naam genoemd zijn: Nora V.");
		assertThat(browser.findAll(By.cssSelector(".without-consent li"))).as("the demo has students without consent")
			.isNotEmpty();
		String permission = browser.path();
		browser.see("permission");
		browser.signOut();

		browser.signInAs("leerling");
		browser.followLink("Opnemen in de les");
		browser.follow(By.cssSelector("a[href$='" + permission + "']"));
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("Nora filmt de presentaties")
			.doesNotContain("Buiten beeld houden");
		browser.see("student");
	}

	/**
	 * Picks a day in a date field. Typing it depends on the order of day, month and year
	 * that headless Chromium takes from its platform, not from its language; the value a
	 * date picker sets is the same everywhere.
	 */
	static void pickDate(Browser browser, By field, LocalDate day) {
		WebElement input = browser.find(field);
		((JavascriptExecutor) ((WrapsDriver) input).getWrappedDriver())
			.executeScript("arguments[0].value = arguments[1]", input, day.toString());
	}

}
