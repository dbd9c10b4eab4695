package nl.mediaprotocol.protocol;

import java.time.LocalDate;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ProtocolIntegrationTests {

	static final CurrentUser ADMIN = CurrentUser.of("beheer", null, RoleGrant.boardWide(Role.BEHEERDER));

	static final CurrentUser PARENT = CurrentUser.of("ouder", null, RoleGrant.boardWide(Role.OUDER));

	@Autowired
	Protocol protocol;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheBoardsProtocolAsVersionOneOnFirstStart() {
		ProtocolVersion version = this.protocol.inForce().orElseThrow();

		assertThat(version.number()).isEqualTo(1);
		assertThat(version.articles()).hasSize(36);
		assertThat(version.effectiveFrom()).isEqualTo(LocalDate.of(2024, 6, 12));
		assertThat(version.adoptions()).extracting(ProtocolVersion.AdoptionRecord::body)
			.containsExactly("Directeurenberaad", "GMR");
		assertThat(version.plainArticles()).extracting(plain -> plain.article().number()).contains("3.1.6", "4.4");
	}

	@Test
	void citesAnArticleWithItsTextAndLink() {
		Citation citation = this.protocol.cite("3.1.6");

		assertThat(citation.text()).startsWith("Wanneer SSOE foto-, film- en geluidsopnamen plaatst");
		assertThat(citation.link()).isEqualTo("/protocol#art-3.1.6");
		assertThatExceptionOfType(UnknownArticle.class).isThrownBy(() -> this.protocol.cite("3.1.99"));
	}

	@Test
	void everyoneReadsTheProtocolWithAnAnchorPerArticle() throws Exception {
		this.mvc.perform(get("/protocol").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"art-3.1.6\"")))
			.andExpect(content().string(containsString("href=\"#part-3.1\"")));
	}

	@Test
	void guardiansSeeThePlainLanguageArticlesThatConcernThem() throws Exception {
		this.mvc.perform(get("/protocol").with(user(PARENT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wil de school een foto, film of geluidsopname")))
			.andExpect(content().string(containsString("id=\"art-3.1.6\"")))
			.andExpect(content().string(not(containsString("id=\"art-3.2.3\""))));
	}

	@Test
	void theAdministratorAddsAVersionAndSeesWhatChangedArticleByArticle() throws Exception {
		String text = ProtocolParserTests.ssoe()
			.replace("vraagt zij expliciete, schriftelijke toestemming",
					"vraagt zij vooraf expliciete, schriftelijke toestemming");

		this.mvc
			.perform(post("/protocol/versions").param("text", text)
				.param("body1", "GMR")
				.param("date1", "2026-10-01")
				.param("effectiveFrom", "2026-11-01")
				.with(csrf())
				.with(user(ADMIN)))
			.andExpect(redirectedUrl("/protocol/versions/2/changes"));

		this.mvc.perform(get("/protocol/versions/2/changes").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 artikelen gewijzigd, 0 toegevoegd, 0 vervallen")))
			.andExpect(content().string(containsString("<ins>vooraf</ins>")));
		ProtocolVersion two = this.protocol.version(2).orElseThrow();
		assertThat(this.protocol.versionInForce()).contains(2);
		assertThat(two.plainTextOf("3.1.5")).as("an unchanged article keeps its plain text").isPresent();
		assertThat(two.plainTextOf("3.1.6")).as("a changed article needs a new plain text").isEmpty();
	}

	@Test
	void refusesATextItCannotFollowWithTheReasonAndKeepsTheText() throws Exception {
		String broken = "1. UITGANGSPUNTEN\n\n1. Eerste.\n3. Derde.\n";

		this.mvc
			.perform(post("/protocol/versions").param("text", broken)
				.param("body1", "GMR")
				.param("date1", "2026-10-01")
				.param("effectiveFrom", "2026-11-01")
				.with(csrf())
				.with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Regel 4: hier staat artikel 1.3, maar we verwachtten artikel 1.2")))
			.andExpect(content().string(containsString("3. Derde.")));
		assertThat(this.protocol.all()).hasSize(1);
	}

	@Test
	void refusesAVersionWithoutAnArticleTheApplicationCarriesOut() {
		String withoutChapter3Articles = "1. UITGANGSPUNTEN\n\n1. Eerste.\n";

		assertThatExceptionOfType(UnparseableProtocol.class)
			.isThrownBy(() -> this.protocol.add(withoutChapter3Articles,
					java.util.List.of(new ProtocolVersion.AdoptionRecord("GMR", LocalDate.of(2026, 1, 1), null)),
					LocalDate.of(2026, 2, 1), "beheer", java.util.Map.of()))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("protocol.parse.citedArticleMissing"));
	}

	@Test
	void onlyTheAdministratorAddsVersions() throws Exception {
		this.mvc.perform(get("/protocol/versions/new").with(user(PARENT))).andExpect(status().isForbidden());
	}

}
