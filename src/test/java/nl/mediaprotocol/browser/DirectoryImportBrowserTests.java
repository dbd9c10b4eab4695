package nl.mediaprotocol.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class DirectoryImportBrowserTests {

	@Test
	void aBadStudentsFileIsRejectedWithADutchReportByLineAndColumnAndChangesNothing(Browser browser,
			@TempDir Path folder) throws IOException {
		Path file = folder.resolve("leerlingen-met-fouten.csv");
		Files.writeString(file, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-2001;Jan;;Zwaan;01-09-2012;VSO-1
				L-2002;Piet;;Zwaan;31-02-2011;VSO-1
				L-2003;Kees;;Zwaan;01-01-2011;VSO-9
				""");
		browser.signInAs("beheerder");
		browser.followLink("Importeren");
		assertThat(browser.heading()).isEqualTo("Gegevens importeren");
		browser.see("import-form");

		browser.click(By.cssSelector("label[for=kind-STUDENTS]"));
		browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.submit(By.cssSelector("form[action$='/directory/import'] button[type=submit]"));

		assertThat(browser.find(By.cssSelector(".notice--error[role=alert]")).getText()).isEqualTo(
				"Het bestand leerlingen-met-fouten.csv is niet geïmporteerd. Er is niets veranderd. Pas het bestand aan en probeer het opnieuw.");
		assertThat(browser.texts(By.cssSelector("table.problems thead th"))).containsExactly("Regel", "Kolom",
				"Probleem");
		assertThat(rows(browser)).containsExactly(
				List.of("3", "geboortedatum", "\"31-02-2011\" is geen geldige datum. Schrijf de datum als dd-mm-jjjj."),
				List.of("4", "groep", "De groep \"VSO-9\" bestaat niet in schooljaar " + schoolYear(browser)
						+ ". Importeer eerst de groepen."));
		assertThat(browser.find(By.id("kind-STUDENTS")).isSelected()).as("the form keeps the chosen kind").isTrue();
		browser.see("import-rejected");

		browser.open("/directory/people?kind=STUDENT&q=Zwaan");
		assertThat(browser.find(By.id("results")).getText()).isEqualTo("Niemand gevonden.");
		browser.see("nothing-imported");
	}

	private static List<List<String>> rows(Browser browser) {
		return browser.findAll(By.cssSelector("table.problems tbody tr"))
			.stream()
			.map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
	}

	private static String schoolYear(Browser browser) {
		String problem = browser.findAll(By.cssSelector("table.problems tbody tr td")).getLast().getText();
		return problem.replaceAll(".* schooljaar (\\d{4}-\\d{4}).*", "$1");
	}

}
