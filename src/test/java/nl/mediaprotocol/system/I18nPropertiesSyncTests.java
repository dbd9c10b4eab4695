package nl.mediaprotocol.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class I18nPropertiesSyncTests {

	@Test
	void everyDutchTextHasAnEnglishOneAndTheOtherWayAround() throws IOException {
		Properties dutch = load("/messages.properties");
		Properties english = load("/messages_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
		assertThat(dutch.stringPropertyNames()).allSatisfy(key -> assertThat(dutch.getProperty(key)).isNotBlank());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
