package nl.mediaprotocol.account;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "mediaprotocol.security.login.max-failures=3" })
@AutoConfigureMockMvc
class LoginThrottleIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry accounts;

	@BeforeEach
	void account() {
		if (!this.accounts.exists("jan")) {
			this.accounts.open("jan", "Jan", null, PASSWORD, Set.of(RoleGrant.boardWide(Role.MEDEWERKER)));
		}
		if (!this.accounts.exists("piet")) {
			this.accounts.open("piet", "Piet", null, PASSWORD, Set.of(RoleGrant.boardWide(Role.MEDEWERKER)));
		}
	}

	@Test
	void signsInWithTheRightPassword() throws Exception {
		this.mvc.perform(formLogin().user("piet").password(PASSWORD))
			.andExpect(authenticated().withUsername("piet"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void locksAUsernameAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin().user("jan").password("wrong " + i))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user("jan").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("jan", PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void locksUnknownUsernamesAlikeSoThatTheLockRevealsNothing() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin().user("nobody").password("guess " + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user("nobody").password("guess")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void usernamesAreNotCaseSensitive() throws Exception {
		this.mvc.perform(formLogin().user(" Piet ").password(PASSWORD)).andExpect(authenticated());
	}

}
