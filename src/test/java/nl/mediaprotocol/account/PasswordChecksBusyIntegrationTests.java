package nl.mediaprotocol.account;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * While every password check's turn is taken and no more may wait, a sign-in is asked to
 * try again in a moment: on the form with a message of its own, in the API with 503 and
 * Retry-After. Not counted as a failed sign-in.
 */
@SpringBootTest(properties = { "mediaprotocol.security.password-checks.at-once=1",
		"mediaprotocol.security.password-checks.max-waiting=0", "mediaprotocol.security.login.max-failures=1" })
@AutoConfigureMockMvc
class PasswordChecksBusyIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aSignInWhileEveryCheckIsTakenIsAskedToTryAgainInAMoment() throws Exception {
		this.accounts.open("greet", "Greet", null, PASSWORD, Set.of(RoleGrant.boardWide(Role.MEDEWERKER)));
		// the first sign-in also hashes the password unknown usernames are checked
		// against
		// (a new password waits its turn, never refused): out of the way first
		this.mvc.perform(formLogin().user("greet").password(PASSWORD)).andExpect(redirectedUrl("/"));
		// the API's sign-in likewise; with another account, as the API remembers a match
		this.accounts.open("gijs", "Gijs", null, PASSWORD, Set.of(RoleGrant.boardWide(Role.MEDEWERKER)));
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("gijs", PASSWORD)))
			.andExpect(status().isOk());
		// a check that takes a second or two holds the only turn
		String slow = "{bcrypt}" + new BCryptPasswordEncoder(15).encode(PASSWORD);
		// on a thread of its own: the common pool may be busy and start it late
		CountDownLatch started = new CountDownLatch(1);
		CompletableFuture<Boolean> holding = new CompletableFuture<>();
		new Thread(() -> {
			started.countDown();
			holding.complete(this.passwords.matches(PASSWORD, slow));
		}).start();
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(300);
		assertThat(holding).isNotDone();

		this.mvc.perform(formLogin().user("greet").password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?busy"));
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(httpBasic("greet", PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"));
		assertThat(holding).as("still held while both were refused").isNotDone();

		assertThat(holding.get()).isTrue();
		// not a failure: one more (max-failures=1) would have locked the username
		this.mvc.perform(formLogin().user("greet").password(PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/login").param("busy", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("veel mensen tegelijk")));
	}

}
