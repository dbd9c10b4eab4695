package nl.mediaprotocol.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.cases.CaseBook;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Classic payloads against forms, searches and identifiers, and the headers every page
 * with personal data carries (OWASP ASVS level 2, chapters 5 and 14).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class HostileInputIntegrationTests {

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser FG = CurrentUser.of("fg", "M-FG", RoleGrant.boardWide(Role.FG));

	static final String SCRIPT = "<script>alert('xss')</script>";

	static final List<String> PAYLOADS = List.of(SCRIPT, "\"><img src=x onerror=alert(1)>", "' or '1'='1' --",
			"'; drop table cases; --", "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "=HYPERLINK(\"http://x\")",
			"%00", "${7*7}", "#{7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseBook cases;

	@Autowired
	DirectoryImporter importer;

	@BeforeEach
	void board() {
		load(ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				NOORD;Locatie Noord;locatie;B
				""");
		load(ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				""");
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2012;GN
				""");
	}

	@Test
	void whatSomeoneTypesIsShownAsTextNeverRunAsMarkup() throws Exception {
		long id = this.cases.open(new CaseBook.CaseDraft("L-1", SCRIPT, null), TEAMLEIDER);
		this.cases.addNote(id, "\"><img src=x onerror=alert(1)>", List.of(), TEAMLEIDER);

		String page = this.mvc.perform(get("/cases/" + id).with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain(SCRIPT)
			.doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
	}

	@Test
	void payloadsInSearchesAndIdentifiersNeverCauseAServerError() throws Exception {
		for (String payload : PAYLOADS) {
			for (String path : List.of("/directory/people?q={p}", "/cases/new?q={p}", "/cases/dossier/{p}",
					"/directory/people/{p}", "/privacy/access?ref={p}", "/audit?person={p}",
					"/meldpunt/volgen?code={p}")) {
				MvcResult result = this.mvc
					.perform(get(path, payload)
						.with(user(path.startsWith("/privacy") || path.startsWith("/audit") ? FG : TEAMLEIDER)))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as("%s with %s", path, payload).isLessThan(500);
				assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.as("%s with %s", path, payload)
					.doesNotContain("<script>alert")
					.doesNotContain("Exception")
					.doesNotContain("value=\"49\"");
			}
			assertThat(this.mvc
				.perform(post("/meldpunt").param("category", "OTHER")
					.param("what", payload)
					.param("unit", payload)
					.param("addressedTo", "TEAMLEIDER")
					.param("link", payload)
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).as("the reporting form with %s", payload).isLessThan(500);
		}
	}

	@Test
	void pagesWithPersonalDataCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/cases").with(user(TEAMLEIDER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
		this.mvc.perform(get("/cases").secure(true).with(user(TEAMLEIDER)))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
		this.mvc.perform(get("/cases").with(user(TEAMLEIDER)))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private void load(ImportKind kind, String csv) {
		assertThat(this.importer.importCsv(kind, csv.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
	}

}
