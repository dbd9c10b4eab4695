package nl.mediaprotocol.protocol;

import nl.mediaprotocol.MediaprotocolApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThatException;

class CitationStartupTests {

	/**
	 * On an empty database the first version is refused; on a loaded one the check at
	 * start-up fails.
	 */
	@Test
	void aCitationOfAnArticleTheProtocolLacksStopsTheStart() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(MediaprotocolApplication.class,
				CitesAMissingArticle.class);

		assertThatException()
			.isThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:citations", "--server.port=0",
					"--mediaprotocol.demo.enabled=false"))
			.havingRootCause()
			.withMessageContaining("3.1.99");
	}

	@Test
	void aCitationOfAnArticleTheVersionInForceLacksStopsTheNextStart() {
		String[] args = { "--spring.datasource.url=jdbc:h2:mem:citations-loaded;DB_CLOSE_DELAY=-1", "--server.port=0",
				"--mediaprotocol.demo.enabled=false" };
		new SpringApplicationBuilder(MediaprotocolApplication.class).run(args).close();

		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(MediaprotocolApplication.class, CitesAMissingArticle.class)
				.run(args))
			.isInstanceOf(IllegalStateException.class)
			.withMessageContaining("Article 3.1.99, cited by [rule], does not exist in protocol version 1");
	}

	@Configuration(proxyBeanMethods = false)
	static class CitesAMissingArticle {

		@Bean
		Rule rule() {
			return new Rule();
		}

	}

	@Cites({ "3.1.6", "3.1.99" })
	static class Rule {

	}

}
