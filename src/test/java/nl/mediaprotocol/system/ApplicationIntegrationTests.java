package nl.mediaprotocol.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpWithoutSignIn() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			// UP or DOWN, and which probes exist; nothing about the database or the disk
			.andExpect(content().json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}",
					org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void pagesNeedSignIn() throws Exception {
		this.mvc.perform(get("/directory")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageSpeaksDutchFirstAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("Inloggen")));
		this.mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void theOpenApiDocumentDescribesThePeopleEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().string(containsString("/api/v1/people/{ref}")));
	}

	@Test
	void anUnknownApiPathIsAProblemWithoutInternals() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
