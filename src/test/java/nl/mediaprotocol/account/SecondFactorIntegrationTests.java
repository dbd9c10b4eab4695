package nl.mediaprotocol.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The second factor of issue 13 for FG, bestuurder, directeur, ICT and beheerder with a
 * password, and signing out everywhere.
 */
// the steps of a sign-in are followed in MockMvc's own session; that sessions live in the
// database, shared by instances, is TwoInstancesIntegrationTests' concern
@SpringBootTest(properties = { "mediaprotocol.security.login.max-failures=3",
		"spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
class SecondFactorIntegrationTests {

	static final String PASSWORD = "correct horse battery staple";

	static final String KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcClient jdbc;

	final Totp totp = new Totp();

	@BeforeEach
	void accounts() {
		open("new-fg", Role.FG);
		open("ict", Role.ICT);
		open("reuse", Role.DIRECTEUR);
		open("guesser", Role.BESTUURDER);
		open("recovers", Role.BEHEERDER);
		open("teacher", Role.LEERKRACHT);
		open("everywhere", Role.LEERKRACHT);
		open("changes", Role.MEDEWERKER);
	}

	private void open(String username, Role role) {
		if (!this.accounts.exists(username)) {
			this.accounts.open(username, username, null, PASSWORD, Set.of(RoleGrant.boardWide(role)));
		}
	}

	@Test
	void anFgWithoutAnAppEnrolsOneBeforeAnyPageAndGetsTenRecoveryCodes() throws Exception {
		MockHttpSession session = signIn("new-fg");
		this.mvc.perform(get("/").session(session)).andExpect(sentToSecondFactor());
		this.mvc.perform(get("/audit").session(session)).andExpect(sentToSecondFactor());
		// open to all, but not under the name of a sign-in that lacks its code
		this.mvc.perform(get("/meldpunt").session(session)).andExpect(sentToSecondFactor());

		MvcResult enrolment = this.mvc.perform(get("/login/second-factor").session(session))
			.andExpect(view().name("account/second-factor-enrolment"))
			.andReturn();
		assertThat((String) enrolment.getModelAndView().getModel().get("qrCode")).startsWith("data:image/png;base64,");
		String secret = (String) session.getAttribute(SecondFactorController.OFFERED_SECRET);
		assertThat(enrolment.getModelAndView().getModel().get("secret").toString().replace(" ", "")).isEqualTo(secret);

		this.mvc
			.perform(post("/login/second-factor/enrolment").param("code", wrong(secret)).with(csrf()).session(session))
			.andExpect(view().name("account/second-factor-enrolment"))
			.andExpect(model().attribute("error", "secondFactor.enrolment.wrong"));
		this.mvc.perform(get("/").session(session)).andExpect(sentToSecondFactor());

		MvcResult enrolled = this.mvc
			.perform(post("/login/second-factor/enrolment").param("code", now(secret)).with(csrf()).session(session))
			.andExpect(view().name("account/recovery-codes"))
			.andReturn();
		assertThat((List<?>) enrolled.getModelAndView().getModel().get("recoveryCodes")).hasSize(10)
			.doesNotHaveDuplicates();
		this.mvc.perform(get("/audit").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/meldpunt").session(session)).andExpect(status().isOk());
		assertThat(this.jdbc.sql(
				"select secret from totp_enrolments e join accounts a on a.id = e.account_id where a.username = 'new-fg'")
			.query(String.class)
			.single()).as("stored encrypted").doesNotContain(secret);
	}

	@Test
	void aLaterSignInAsksForTheCodeAndNothingElseUntilItIsRight() throws Exception {
		this.secondFactors.enrolKnownSecret("ict", KEY);
		MockHttpSession session = signIn("ict");

		this.mvc.perform(get("/login/second-factor").session(session)).andExpect(view().name("account/second-factor"));
		this.mvc.perform(post("/login/second-factor").param("code", wrong(KEY)).with(csrf()).session(session))
			.andExpect(model().attribute("error", "secondFactor.wrong"));
		this.mvc.perform(get("/monitoring").session(session)).andExpect(sentToSecondFactor());

		this.mvc.perform(post("/login/second-factor").param("code", now(KEY)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/monitoring").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.sql("select action from audit_entries where record_id = 'ict' order by sequence_number")
			.query(String.class)
			.list()).contains("SIGN_IN_SUCCEEDED", "SIGN_IN_SECOND_FACTOR_FAILED", "SIGN_IN_SECOND_FACTOR_SUCCEEDED");
	}

	@Test
	void aCodeIsAcceptedOnlyOnceSoThatOneSeenOverSomeonesShoulderIsSpent() throws Exception {
		this.secondFactors.enrolKnownSecret("reuse", KEY);
		String code = now(KEY);
		MockHttpSession first = signIn("reuse");
		this.mvc.perform(post("/login/second-factor").param("code", code).with(csrf()).session(first))
			.andExpect(redirectedUrl("/"));

		MockHttpSession second = signIn("reuse");
		this.mvc.perform(post("/login/second-factor").param("code", code).with(csrf()).session(second))
			.andExpect(model().attribute("error", "secondFactor.wrong"));
		this.mvc.perform(get("/").session(second)).andExpect(sentToSecondFactor());
	}

	@Test
	void wrongCodesLockTheSecondStepForAWhileEvenForTheRightCode() throws Exception {
		this.secondFactors.enrolKnownSecret("guesser", KEY);
		MockHttpSession session = signIn("guesser");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/login/second-factor").param("code", wrong(KEY)).with(csrf()).session(session))
				.andExpect(model().attribute("error", "secondFactor.wrong"));
		}
		this.mvc.perform(post("/login/second-factor").param("code", wrong(KEY)).with(csrf()).session(session))
			.andExpect(model().attribute("error", "secondFactor.locked"));

		this.mvc.perform(post("/login/second-factor").param("code", now(KEY)).with(csrf()).session(session))
			.andExpect(model().attribute("error", "secondFactor.locked"));
		this.mvc.perform(get("/").session(session)).andExpect(sentToSecondFactor());
	}

	@Test
	void wrongCodesForTheLongestUsernameAreCountedLikeAnyOther() throws Exception {
		String longest = "f".repeat(100);
		open(longest, Role.FG);
		this.secondFactors.enrolKnownSecret(longest, KEY);
		MockHttpSession session = signIn(longest);

		this.mvc.perform(post("/login/second-factor").param("code", wrong(KEY)).with(csrf()).session(session))
			.andExpect(model().attribute("error", "secondFactor.wrong"));
		assertThat(this.jdbc.sql("select failures from login_failures where username = ?")
			.param("second-factor:" + longest)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aRecoveryCodeStandsInForALostPhoneOnce() throws Exception {
		MockHttpSession enrolling = signIn("recovers");
		this.mvc.perform(get("/login/second-factor").session(enrolling));
		String secret = (String) enrolling.getAttribute(SecondFactorController.OFFERED_SECRET);
		List<?> codes = (List<?>) this.mvc
			.perform(post("/login/second-factor/enrolment").param("code", now(secret)).with(csrf()).session(enrolling))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("recoveryCodes");
		String recoveryCode = codes.get(3).toString();

		MockHttpSession lostPhone = signIn("recovers");
		this.mvc
			.perform(post("/login/second-factor").param("code", " " + recoveryCode.toUpperCase() + " ")
				.with(csrf())
				.session(lostPhone))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/directory/import").session(lostPhone)).andExpect(status().isOk());

		MockHttpSession again = signIn("recovers");
		this.mvc.perform(post("/login/second-factor").param("code", recoveryCode).with(csrf()).session(again))
			.andExpect(model().attribute("error", "secondFactor.wrong"));
	}

	@Test
	void rolesWithoutASecondFactorSignInWithThePasswordAlone() throws Exception {
		MockHttpSession session = signIn("teacher");

		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/login/second-factor").session(session)).andExpect(redirectedUrl("/"));
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfTheAccountButNotLaterOnes() throws Exception {
		MockHttpSession phone = signIn("everywhere");
		MockHttpSession laptop = signIn("everywhere");
		MockHttpSession colleague = signIn("teacher");
		this.mvc.perform(get("/").session(phone)).andExpect(status().isOk());

		this.mvc.perform(post("/account/sign-out-everywhere").with(csrf()).session(laptop))
			.andExpect(redirectedUrl("/login?signedOutEverywhere"));

		this.mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").session(colleague)).andExpect(status().isOk());
		this.mvc.perform(get("/").session(signIn("everywhere"))).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from audit_entries where action = 'ACCOUNT_SIGNED_OUT_EVERYWHERE'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aNewPasswordEndsTheSessionsStartedWithTheOldOne() throws Exception {
		MockHttpSession session = signIn("changes");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.accounts.changePassword("changes", "a new and better password");

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.accounts.changePassword("changes", PASSWORD);
	}

	/** To the code page, with Spring Security's note of which factor is missing. */
	private static ResultMatcher sentToSecondFactor() {
		return result -> assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/login/second-factor?factor.type=totp&factor.reason=missing");
	}

	private MockHttpSession signIn(String username) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String now(String secret) {
		return this.totp.codeAt(secret, Instant.now().getEpochSecond() / Totp.PERIOD_SECONDS);
	}

	/** A code of the right shape that is none of the codes accepted now. */
	private String wrong(String secret) {
		long step = Instant.now().getEpochSecond() / Totp.PERIOD_SECONDS;
		Set<String> accepted = Set.of(this.totp.codeAt(secret, step - 1), this.totp.codeAt(secret, step),
				this.totp.codeAt(secret, step + 1), this.totp.codeAt(secret, step + 2));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!accepted.contains(code)) {
				return code;
			}
		}
	}

}
