package nl.mediaprotocol.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Object-level access (OWASP ASVS 4.2.1) on the demo board: a record made by or for
 * someone at Woensel is tried with its real identifier by the same role at Strijp
 * (another unit), by a second holder of the handler's role at Woensel (another handler),
 * and with an identifier that does not, or no longer, exist. Each gets the answer for a
 * missing record, never the record, never a server error; writes through those
 * identifiers change nothing.
 */
@SpringBootTest(properties = { "mediaprotocol.demo.enabled=true", "mediaprotocol.demo.password=object-level" })
@AutoConfigureMockMvc
@DirtiesContext
class ObjectLevelAccessIntegrationTests {

	/** Nora Vos (16), a student at Woensel. */
	private static final String WOENSEL_STUDENT = "L-1020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void moreAccounts() {
		if (this.accounts.personRefOf("teamleider-strijp").isPresent()) {
			return;
		}
		// the same roles at Strijp, and a second teamleider at Woensel
		this.accounts.open("teamleider-strijp", "Fatma Yilmaz", "M-104", "object-level",
				Set.of(RoleGrant.forUnit(Role.TEAMLEIDER, "SO-STRIJP")));
		this.accounts.open("leerkracht-strijp", "Sophie Willems", "M-106", "object-level",
				Set.of(RoleGrant.forUnit(Role.LEERKRACHT, "SO-STRIJP")));
		this.accounts.open("zorg-ed", "Noor Dekker", "M-115", "object-level",
				Set.of(RoleGrant.forUnit(Role.ZORG, "ED")));
		this.accounts.open("teamleider-woensel-2", "Eva van Leeuwen", "M-107", "object-level",
				Set.of(RoleGrant.forUnit(Role.TEAMLEIDER, "VSO-WOENSEL")));
	}

	@Test
	void aCaseIsNotOpenedOrWrittenThroughAnotherUnitsAnotherHandlersOrAMissingIdentifier() throws Exception {
		call(post("/cases").param("subject", WOENSEL_STUDENT).param("title", "Zaak-Geheim-Woensel"), "teamleider");
		long id = newest("cases");
		shown(get("/cases/" + id), "teamleider", "Zaak-Geheim-Woensel");

		for (String stranger : List.of("teamleider-strijp", "teamleider-woensel-2", "leerkracht-strijp")) {
			refused(get("/cases/" + id), stranger, "Zaak-Geheim-Woensel");
			refused(post("/cases/" + id + "/notes").param("text", "Aantekening-Van-Buiten"), stranger,
					"Zaak-Geheim-Woensel");
			refused(get("/cases/dossier/" + WOENSEL_STUDENT), stranger, "Zaak-Geheim-Woensel");
		}
		refused(get("/cases/" + (id + 1000)), "teamleider", "Zaak-Geheim-Woensel");
		refused(get("/cases/" + id + "/files/999999"), "teamleider", "Zaak-Geheim-Woensel");
		assertThat(count("select count(*) from case_entries where text = 'Aantekening-Van-Buiten'")).isZero();
	}

	@Test
	void aReportIsNotReadOrHandledThroughAnotherUnitsOrAMissingIdentifier() throws Exception {
		call(post("/meldpunt").param("category", "BULLYING")
			.param("what", "Melding-Geheim-Woensel")
			.param("unit", "VSO-WOENSEL")
			.param("addressedTo", "TEAMLEIDER"), "leerkracht");
		long id = newest("reports");
		shown(get("/reports/" + id), "teamleider", "Melding-Geheim-Woensel");

		refused(get("/reports/" + id), "teamleider-strijp", "Melding-Geheim-Woensel");
		refused(post("/reports/" + id + "/acknowledge"), "teamleider-strijp", "Melding-Geheim-Woensel");
		refused(post("/reports/" + id + "/close").param("reason", "Van-Buiten-Gesloten"), "teamleider-strijp",
				"Melding-Geheim-Woensel");
		refused(get("/reports/" + id + "/evidence/999999"), "teamleider", "Melding-Geheim-Woensel");
		refused(get("/reports/" + (id + 1000)), "teamleider", "Melding-Geheim-Woensel");
		assertThat(count("select count(*) from reports where status = 'CLOSED'")).isZero();
	}

	@Test
	void aCareSignalIsSeenOnlyWhereItsStudentIsAndByWhoRaisedIt() throws Exception {
		call(post("/care/new").param("studentRef", WOENSEL_STUDENT)
			.param("observation", "Zorg-Geheim-Woensel: trekt zich terug na berichten in de groepsapp")
			.param("actionTaken", "Gesprek met mentor"), "leerkracht");
		long id = newest("care_signals");
		shown(get("/care/" + id), "zorg", "Zorg-Geheim-Woensel");

		for (String stranger : List.of("zorg-ed", "leerkracht-strijp", "teamleider-strijp")) {
			refused(get("/care/" + id), stranger, "Zorg-Geheim-Woensel");
		}
		refused(get("/care/" + (id + 1000)), "zorg", "Zorg-Geheim-Woensel");
	}

	@Test
	void aMonitoringRequestIsNotSeenFromAnotherUnitOrThroughAMissingIdentifier() throws Exception {
		call(post("/monitoring").param("person", "M-103")
			.param("suspicion",
					"Monitoring-Geheim-Woensel: er zijn aanwijzingen dat vanaf dit account berichten over leerlingen worden gedeeld buiten school")
			.param("scope", "Logboek van de schoolaccount in Microsoft 365")
			.param("startsOn", java.time.LocalDate.now().plusDays(1).toString())
			.param("endsOn", java.time.LocalDate.now().plusDays(7).toString()), "teamleider");
		long id = newest("monitoring_requests");
		shown(get("/monitoring/" + id), "teamleider", "Monitoring-Geheim-Woensel");

		refused(get("/monitoring/" + id), "teamleider-strijp", "Monitoring-Geheim-Woensel");
		refused(get("/monitoring/" + (id + 1000)), "teamleider", "Monitoring-Geheim-Woensel");
	}

	@Test
	void aDraftPostIsNotSeenByAColleagueOfAnotherUnit() throws Exception {
		call(post("/publications"), "leerkracht");
		long id = newest("publications");
		this.jdbc.sql("update publications set text = 'Concept-Geheim-Woensel' where id = :id")
			.param("id", id)
			.update();
		shown(get("/publications/" + id), "leerkracht", "Concept-Geheim-Woensel");

		refused(get("/publications/" + id), "leerkracht-strijp", "Concept-Geheim-Woensel");
		refused(get("/publications/" + id + "/media/999999"), "leerkracht", "Concept-Geheim-Woensel");
		refused(get("/publications/" + (id + 1000)), "leerkracht", "Concept-Geheim-Woensel");
	}

	@Test
	void aStudentOfAnotherUnitIsNotFoundInTheDirectoryOrTheConsentRegister() throws Exception {
		shown(get("/directory/people/" + WOENSEL_STUDENT), "teamleider", "Nora");
		shown(get("/consent/people/" + WOENSEL_STUDENT), "teamleider", "Nora");
		refused(get("/directory/people/" + WOENSEL_STUDENT), "leerkracht-strijp", "Nora");
		refused(get("/consent/people/" + WOENSEL_STUDENT), "teamleider-strijp", "Nora");
		refused(get("/consent/people/" + WOENSEL_STUDENT + "/form.pdf"), "teamleider-strijp", "Nora");
		refused(get("/api/v1/people/" + WOENSEL_STUDENT), "leerkracht-strijp", "Nora");
		refused(get("/directory/people/L-999999"), "beheerder", "Nora");
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String username) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(account(username))).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s by %s", request, username).isLessThan(400);
		return response;
	}

	private void shown(MockHttpServletRequestBuilder request, String username, String secret) throws Exception {
		MockHttpServletResponse response = call(request, username);
		assertThat(response.getStatus()).as("the answer to %s", username).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(secret);
	}

	private void refused(MockHttpServletRequestBuilder request, String username, String secret) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(account(username))).with(csrf()))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("the answer to %s", username).isIn(403, 404);
		assertThat(body).as("what %s is shown", username).doesNotContain(secret);
	}

	private UserDetails account(String username) {
		return this.users.loadUserByUsername(username);
	}

	private long newest(String table) {
		return this.jdbc.sql("select max(id) from " + table).query(Long.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
