package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks that every screen of a journey passes find what they should. */
@BrowserJourney
class AccessibilityBrowserTests {

	@Test
	void aPageThatBreaksWcag21FailsTheCheckNamingRuleAndElement(Browser browser) {
		browser.show("""
				<!DOCTYPE html>
				<html><head><title>Slechte pagina</title></head>
				<body><main>
				<h1>Slechte pagina</h1>
				<img src="foto.png">
				<p style="color:#bbb;background:#fff">Lichtgrijze tekst</p>
				<input type="text" id="naam">
				</main></body></html>
				""");

		assertThatThrownBy(() -> browser.see("page-that-breaks-wcag")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("html-has-lang")
			.hasMessageContaining("image-alt")
			.hasMessageContaining("<img src=\"foto.png\">")
			.hasMessageContaining("color-contrast")
			.hasMessageContaining("label")
			.hasMessageContaining("#naam");
	}

	@Test
	void aPageWiderThanAPhoneFailsTheReflowCheck(Browser browser) {
		browser
			.show("""
					<!DOCTYPE html>
					<html lang="nl"><head><meta name="viewport" content="width=device-width, initial-scale=1">
					<title>Brede pagina</title></head>
					<body><main><h1>Brede pagina</h1><p style="width:600px">Deze tekst past niet op een telefoon.</p></main></body></html>
					""");

		assertThatThrownBy(() -> browser.see("page-wider-than-a-phone")).isInstanceOf(AssertionError.class)
			.hasMessageContaining("accessibility/page-wider-than-a-phone is 6")
			.hasMessageContaining("px wide on a phone of 390 px");
	}

}
