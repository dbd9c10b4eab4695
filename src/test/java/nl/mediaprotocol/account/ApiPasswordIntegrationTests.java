package nl.mediaprotocol.account;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API remembers a matching password for a while (VerifiedPasswords); what it
 * remembers must not outlive the password.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiPasswordIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry accounts;

	@BeforeEach
	void account() {
		if (!this.accounts.exists("klaas")) {
			this.accounts.open("klaas", "Klaas", null, PASSWORD, Set.of(RoleGrant.boardWide(Role.MEDEWERKER)));
		}
		this.accounts.changePassword("klaas", PASSWORD);
	}

	@Test
	void theOldPasswordStopsWorkingForTheApiAsSoonAsItIsChanged() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", PASSWORD)))
			.andExpect(status().isOk());

		this.accounts.changePassword("klaas", "a new password");

		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", "a new password")))
			.andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", PASSWORD)))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("klaas", "guess")))
			.andExpect(status().isUnauthorized());
	}

}
