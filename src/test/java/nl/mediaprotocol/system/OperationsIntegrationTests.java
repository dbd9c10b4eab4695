package nl.mediaprotocol.system;

import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry accounts;

	@Test
	void healthLivenessAndReadinessAreOpenAndSayNoMoreThanUp() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist());
		}
	}

	@Test
	void prometheusMetricsAreForTheBeheerderOnly() throws Exception {
		this.accounts.open("metrics", "Metrics", null, "scrape-me-please", Set.of(RoleGrant.boardWide(Role.BEHEERDER)));
		this.accounts.open("teacher", "Teacher", null, "teach-me-please", Set.of(RoleGrant.boardWide(Role.LEERKRACHT)));

		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("teacher", "teach-me-please")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics", "scrape-me-please")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("http_server_requests")));
	}

}
