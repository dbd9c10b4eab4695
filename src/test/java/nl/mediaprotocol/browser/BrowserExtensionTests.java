package nl.mediaprotocol.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowserExtensionTests {

	private static final Path MISSING = Path.of("/nonexistent/chromium");

	@Test
	void withoutChromiumTheJourneysAreSkippedSayingWhatToInstall() {
		assertThatThrownBy(() -> BrowserExtension.requireInstalled(List.of(MISSING), false))
			.isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("/nonexistent/chromium is missing")
			.hasMessageContaining("apt-get install chromium chromium-driver");
	}

	@Test
	void withoutChromiumOnCiTheJourneysFail() {
		assertThatThrownBy(() -> BrowserExtension.requireInstalled(List.of(MISSING), true))
			.isInstanceOf(ExtensionConfigurationException.class)
			.hasMessageContaining("apt-get install chromium chromium-driver");
	}

	@Test
	void installedBinariesLetTheJourneysRun() {
		assertThatCode(() -> BrowserExtension.requireInstalled(List.of(Path.of("/bin/sh")), true))
			.doesNotThrowAnyException();
	}

	@Test
	void aJourneyIsNamedAfterItsTestClass() {
		assertThat(BrowserExtension.journeyName(DirectoryImportBrowserTests.class)).isEqualTo("directory-import");
		assertThat(BrowserExtension.journeyName(SignInBrowserTests.class)).isEqualTo("sign-in");
	}

}
