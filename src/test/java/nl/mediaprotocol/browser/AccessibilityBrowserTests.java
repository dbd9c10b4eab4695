package nl.mediaprotocol.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check that every journey relies on finds what it should. */
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

}
