package nl.mediaprotocol.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.mediaprotocol.screening.Photos;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class PublicationBrowserTests {

	@Test
	void communicationsPostsAPhotoWithTaggedStudentAndTheBoardApprovesIt(Browser browser) throws Exception {
		Path photo = Files.createTempFile("sportdag", ".jpg");
		Files.write(photo, Photos.withExif(Photos.jpeg(640, 400), "Juf Sanne", new int[] { 51, 26, 30 },
				new int[] { 5, 28, 40 }, 1));

		browser.signInAs("communicatie");
		browser.followLink("Berichten");
		assertThat(browser.heading()).isEqualTo("Berichten");
		browser.see("index");
		browser.submit(By.xpath("//button[normalize-space()='Bericht opstellen']"));
		assertThat(browser.heading()).startsWith("Bericht ");

		browser.type(By.id("text"), "Wat een mooie sportdag vandaag op de Strijp!");
		browser.click(By.id("channel-school-guide"));
		browser.click(By.id("channel-ssoe-instagram"));
		browser.submit(By.xpath("//form[@hx-post]//button[@type='submit']"));
		browser.find(By.id("file")).sendKeys(photo.toAbsolutePath().toString());
		browser.submit(By.xpath("//button[normalize-space()='Toevoegen']"));
		assertThat(browser.find(By.cssSelector(".media")).getText())
			.contains("Locatie en andere metagegevens zijn uit de foto gehaald");

		browser.type(By.cssSelector(".media input[type=search]"), "Mohammed");
		browser.submit(By.xpath("//button[contains(., 'Mohammed Benali taggen')]"));
		assertThat(browser.texts(By.cssSelector(".media .tags li span"))).contains("Mohammed Benali");
		assertThat(browser.find(By.id("checks")).getText())
			.contains("Mohammed Benali heeft geen toestemming voor Instagram")
			.contains("ssoe-instagram: geblokkeerd")
			.contains("school-guide: in orde");
		browser.see("composer-blocked");

		browser.click(By.id("channel-ssoe-instagram"));
		browser.submit(By.xpath("//form[@hx-post]//button[@type='submit']"));
		assertThat(browser.find(By.id("checks")).getText()).contains("Geen bevindingen");
		browser.submit(By.xpath("//button[normalize-space()='Ter beoordeling aanbieden']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText())
			.isEqualTo("Het bericht is ter beoordeling aangeboden.");
		String post = browser.path();
		browser.see("submitted");
		browser.signOut();

		// Lotte's manager is the bestuurder: four eyes
		browser.signInAs("bestuurder");
		browser.open(post);
		browser.submit(By.xpath("//button[normalize-space()='Goedkeuren']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("Het bericht is goedgekeurd.");
		browser.see("approved");
		browser.signOut();

		browser.signInAs("communicatie");
		browser.open(post);
		browser.type(By.id("url-school-guide"), "https://ssoe.example/schoolgids#sportdag");
		browser.submit(By.xpath("//button[normalize-space()='Vastleggen als geplaatst']"));
		assertThat(browser.find(By.cssSelector(".notice--success")).getText()).isEqualTo("Vastgelegd als geplaatst.");
		browser.see("published");
	}

	@Test
	void aTeacherAsksMayThisAndAddsTheMissingTextsInOneClick(Browser browser) {
		browser.signInAs("leerkracht");
		browser.followLink("Berichten");
		browser.followLink("Mag dit?");
		assertThat(browser.heading()).isEqualTo("Mag dit?");

		browser.type(By.id("text"), "Op mijn school hebben we vandaag een prachtige musical gespeeld!");
		browser.submit(By.xpath("//button[normalize-space()='Controleren']"));
		assertThat(browser.find(By.cssSelector(".findings")).getText()).contains("Vermeld dat je er werkt");
		browser.see("findings");

		browser.submit(By.xpath("//button[normalize-space()='Zeg dat je er werkt']"));
		browser.submit(By.xpath("//button[normalize-space()='Zeg dat het je eigen mening is']"));
		assertThat(browser.find(By.id("text")).getAttribute("value")).contains("Ik werk als leerkracht bij SSOE.",
				"Dit is mijn persoonlijke mening.");
		assertThat(browser.find(By.cssSelector(".checks")).getText()).contains("Geen bevindingen");
		browser.see("fixed");
	}

	@Test
	void communicationsSeesThePostsToTakeDown(Browser browser) {
		browser.signInAs("communicatie");
		browser.open("/publications/takedowns");
		assertThat(browser.heading()).isEqualTo("Berichten weghalen");
		browser.see("takedowns");
	}

}
