package nl.mediaprotocol.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the school's account through the whole authorization-code flow, against a
 * real OpenID Connect provider running in the test (mock-oauth2-server), as the school's
 * Entra ID tenant: the browser's part is played by an HTTP client that keeps cookies and
 * follows redirects.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SchoolAccountSignInTests {

	static final String ISSUER = "school";

	static final String TENANT = "5c0f1e1a-ssoe-tenant";

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void schoolAccounts(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.entra.";
		properties.add(registration + "client-id", () -> "mediaprotocol");
		properties.add(registration + "client-secret", () -> "secret");
		properties.add(registration + "client-name", () -> "Microsoft");
		properties.add(registration + "scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.entra.issuer-uri",
				() -> provider.issuerUrl(ISSUER).toString());
		properties.add("mediaprotocol.security.school-accounts.providers.entra.username-claim",
				() -> "preferred_username");
		properties.add("mediaprotocol.security.school-accounts.providers.entra.tenant-claim", () -> "tid");
		properties.add("mediaprotocol.security.school-accounts.providers.entra.tenant", () -> TENANT);
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebServerApplicationContext context;

	final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.ALWAYS)
		.build();

	@BeforeEach
	void accounts() {
		if (!this.accounts.exists("m.vandenberg@ssoe.example")) {
			this.accounts.open("m.vandenberg@ssoe.example", "Marieke van den Berg", null, "an unused password",
					Set.of(RoleGrant.forUnit(Role.DIRECTEUR, "SCHOOL")));
		}
	}

	@Test
	void theSignInPageOffersTheSchoolAccountNextToThePassword() throws Exception {
		HttpResponse<String> page = open("/login");

		assertThat(page.body()).contains("href=\"/oauth2/authorization/entra\"")
			.contains("Inloggen met je schoolaccount (Microsoft)")
			.contains("id=\"password\"");
	}

	@Test
	void aKnownSchoolAccountSignsInWithTheRolesOfItsAccountAndNoSecondCode() throws Exception {
		signInAtTheSchool("m.vandenberg@ssoe.example", TENANT);

		HttpResponse<String> home = open("/oauth2/authorization/entra");

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("Welkom, Marieke van den Berg").contains("<li>Directeur</li>");
		// the directeur's own screen, without the authenticator code a password sign-in
		// needs
		HttpResponse<String> overview = open("/cases/overview");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.uri().getPath()).isEqualTo("/cases/overview");
		assertThat(actions("m.vandenberg@ssoe.example")).contains("SIGN_IN_SCHOOL_ACCOUNT_SUCCEEDED");
	}

	@Test
	void anUnknownSchoolAccountIsRefusedInDutchAndGetsNoAccount() throws Exception {
		signInAtTheSchool("nieuw@ssoe.example", TENANT);

		HttpResponse<String> page = open("/oauth2/authorization/entra");

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Met dit schoolaccount kun je hier niet inloggen: er is geen account voor.");
		assertThat(this.accounts.exists("nieuw@ssoe.example")).isFalse();
		assertThat(open("/").uri().getPath()).isEqualTo("/login");
		assertThat(actions("nieuw@ssoe.example")).containsExactly("SIGN_IN_SCHOOL_ACCOUNT_UNKNOWN");
	}

	@Test
	void anAccountOfAnotherTenantIsRefusedEvenWhenItsNameIsKnown() throws Exception {
		signInAtTheSchool("m.vandenberg@ssoe.example", "another-school");

		HttpResponse<String> page = open("/oauth2/authorization/entra");

		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.body()).contains("Dit account hoort niet bij onze school.");
		assertThat(open("/").uri().getPath()).isEqualTo("/login");
	}

	@Test
	void sessionsEndAfterHalfAnHourWithoutARequest() {
		Context webapp = (Context) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getHost()
			.findChildren()[0];

		assertThat(webapp.getSessionTimeout()).isEqualTo(30);
	}

	/** The provider's next sign-in is this person, of this tenant. */
	private void signInAtTheSchool(String username, String tenant) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + username, "JWT",
				List.of("mediaprotocol"), Map.of("preferred_username", username, "tid", tenant), 3600));
	}

	private HttpResponse<String> open(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "nl-NL")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> actions(String username) {
		return this.jdbc.sql(
				"select action from audit_entries where record_type = 'ACCOUNT' and record_id = ? order by sequence_number")
			.param(username)
			.query(String.class)
			.list();
	}

}
