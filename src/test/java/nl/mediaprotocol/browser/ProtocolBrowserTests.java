package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class ProtocolBrowserTests {

	private static final By ACKNOWLEDGE = By.cssSelector("form[action$='/protocol/acknowledge'] button");

	@Test
	void anEmployeeReadsTheProtocolJumpsToArticle316AndConfirmsHavingReadIt(Browser browser) {
		browser.signInAs("leerkracht");
		browser.followLink("Protocol");
		assertThat(browser.heading()).isEqualTo("PROTOCOL SOCIAL MEDIA");
		assertThat(browser.find(ACKNOWLEDGE).getText()).isEqualTo("Ik heb deze versie gelezen");
		browser.see("protocol");

		browser.click(By.cssSelector(".toc a[href='#part-3']"));
		assertThat(browser.targetId()).isEqualTo("part-3");
		assertThat(browser.isScrolledIntoView(By.id("part-3"))).isTrue();

		browser.open("/protocol#art-3.1.6");
		assertThat(browser.targetId()).isEqualTo("art-3.1.6");
		assertThat(browser.isScrolledIntoView(By.id("art-3.1.6"))).isTrue();
		assertThat(browser.find(By.cssSelector("#art-3\\.1\\.6 .article__number")).getText()).isEqualTo("3.1.6");
		browser.see("article-3.1.6");

		browser.submit(ACKNOWLEDGE);
		assertThat(browser.path()).isEqualTo("/protocol");
		assertThat(browser.texts(By.cssSelector(".notice--success")))
			.contains("Bedankt. Je hebt bevestigd dat je het protocol hebt gelezen.")
			.anyMatch(text -> text.startsWith("Je hebt deze versie op ") && text.endsWith(" bevestigd."));
		assertThat(browser.findAll(ACKNOWLEDGE)).isEmpty();
		browser.see("acknowledged");
	}

	@Test
	void aParentReadsTheProtocolInPlainLanguageAndCanOpenTheOfficialText(Browser browser) {
		browser.signInAs("ouder");
		browser.followLink("Protocol");
		assertThat(browser.heading()).isEqualTo("Het protocol in eenvoudige taal");
		assertThat(browser.findAll(By.cssSelector(".article"))).isNotEmpty();
		assertThat(browser.findAll(ACKNOWLEDGE)).isEmpty();
		browser.see("plain-language");

		browser.followLink("Lees de officiële tekst");
		assertThat(browser.heading()).isEqualTo("PROTOCOL SOCIAL MEDIA");
		assertThat(browser.findAll(ACKNOWLEDGE)).as("only employees confirm").isEmpty();
		browser.see("official-text-for-parents");
	}

}
