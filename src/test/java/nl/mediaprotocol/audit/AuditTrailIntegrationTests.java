package nl.mediaprotocol.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static nl.mediaprotocol.directory.TestSheets.importTwoLocations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTrailIntegrationTests {

	static final CurrentUser TEACHER_NORTH = CurrentUser.of("nina", "N-1", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser FG = CurrentUser.of("fg", null, RoleGrant.boardWide(Role.FG));

	/**
	 * A beheerder for one location only: the directory does not let them see the other.
	 */
	static final CurrentUser BEHEERDER_NORTH = CurrentUser.of("beheer-noord", null,
			RoleGrant.forUnit(Role.BEHEERDER, "NOORD"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryImporter importer;

	@BeforeEach
	void importBoard() {
		// the test framework binds a mock request to the test's thread; an import at
		// start-up or from a schedule runs outside any request
		RequestContextHolder.resetRequestAttributes();
		importTwoLocations(this.importer);
		importSheet(this.importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				N-1;Nina;;Noord;Leerkracht;NOORD;;nina@school.example;GN
				""");
		String born = LocalDate.now().minusYears(10).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		importSheet(this.importer, ImportKind.STUDENTS,
				"leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep\n" + "L-N1;Noor;;Noord;" + born
						+ ";GN\n" + "L-Z1;Zeno;;Zuid;" + born + ";GZ\n");
	}

	// 4.x: a read of a sensitive record by a role that may not do so is refused, and the
	// refusal is in the trail
	@Test
	void aRefusedReadOfAPersonIsRefusedAndRecordedWithWhoAndFromWhere() throws Exception {
		this.mvc.perform(get("/directory/people/L-Z1").with(user(TEACHER_NORTH)).with(request -> {
			request.setRemoteAddr("192.0.2.15");
			return request;
		})).andExpect(status().isNotFound());

		var entry = this.jdbc.sql("""
				select actor, actor_roles, action, record_type, record_id, subject_ref, address
				from audit_entries where action = 'PERSON_OPEN_REFUSED'
				""").query().singleRow();
		assertThat(entry).containsEntry("ACTOR", "nina")
			.containsEntry("ACTOR_ROLES", "LEERKRACHT")
			.containsEntry("RECORD_TYPE", "PERSON")
			.containsEntry("RECORD_ID", "L-Z1")
			.containsEntry("SUBJECT_REF", "L-Z1")
			.containsEntry("ADDRESS", "192.0.2.15");
	}

	@Test
	void anAllowedReadOfAPersonIsRecorded() throws Exception {
		this.mvc.perform(get("/directory/people/L-N1").with(user(TEACHER_NORTH))).andExpect(status().isOk());

		assertThat(actions("L-N1")).containsExactly("PERSON_OPENED");
	}

	@Test
	void importsAreRecordedAsTheSystemWhenNobodyIsSignedIn() {
		assertThat(this.jdbc.sql("select actor from audit_entries where action = 'DIRECTORY_IMPORTED'")
			.query(String.class)
			.list()).hasSize(4).containsOnly(AuditRecorder.SYSTEM);
	}

	@Test
	void aFailedSignInIsRecorded() throws Exception {
		this.mvc.perform(post("/login").param("username", "Nobody").param("password", "wrong").with(csrf()));

		var entry = this.jdbc.sql("select actor, record_id from audit_entries where action = 'SIGN_IN_FAILED'")
			.query()
			.singleRow();
		assertThat(entry).containsEntry("ACTOR", AuditRecorder.ANONYMOUS).containsEntry("RECORD_ID", "nobody");
	}

	@Test
	void theFgVerifiesTheChain() throws Exception {
		long entries = this.jdbc.sql("select count(*) from audit_entries").query(Long.class).single();

		this.mvc.perform(get("/api/v1/audit/verify").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").value(entries))
			.andExpect(jsonPath("$.brokenAt").doesNotExist());
	}

	@Test
	void theVerificationNamesTheFirstBrokenEntry() throws Exception {
		this.jdbc.sql("update audit_entries set details = 'nothing happened' where sequence_number = 2").update();

		this.mvc.perform(get("/api/v1/audit/verify").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.entries").value(1))
			.andExpect(jsonPath("$.brokenAt").value(2))
			.andExpect(jsonPath("$.problem").value("ENTRY_CHANGED"));
	}

	@Test
	void onlyTheFgAndTheBeheerderMayVerifyOrSearch() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verify").with(user(TEACHER_NORTH))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(user(TEACHER_NORTH))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit/export.csv").with(user(TEACHER_NORTH))).andExpect(status().isForbidden());
	}

	@Test
	void theFgSearchesTheTrailByPerson() throws Exception {
		this.mvc.perform(get("/directory/people/L-Z1").with(user(TEACHER_NORTH))).andExpect(status().isNotFound());
		this.mvc.perform(get("/directory/people/L-N1").with(user(TEACHER_NORTH))).andExpect(status().isOk());

		this.mvc.perform(get("/audit").param("person", "L-Z1").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PERSON_OPEN_REFUSED")))
			.andExpect(content().string(not(containsString("PERSON_OPENED"))));
	}

	@Test
	void theFgSearchesTheTrailByAccountAndPeriod() throws Exception {
		this.mvc.perform(get("/directory/people/L-N1").with(user(TEACHER_NORTH))).andExpect(status().isOk());
		String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();

		this.mvc.perform(get("/audit").param("account", "Nina").param("from", today).param("to", today).with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PERSON_OPENED")));
		this.mvc.perform(get("/audit").param("account", "nina").param("to", "2020-01-01").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("PERSON_OPENED"))))
			.andExpect(content().string(containsString("Geen regels gevonden")));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsExplained() throws Exception {
		this.mvc.perform(get("/audit").param("from", "2026-11-24").param("to", "2026-11-01").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De einddatum ligt voor de begindatum")));
	}

	@Test
	void theTrailHidesEntriesAboutPeopleTheViewerMayNotSee() throws Exception {
		this.mvc.perform(get("/directory/people/L-Z1").with(user(TEACHER_NORTH))).andExpect(status().isNotFound());
		this.mvc.perform(get("/directory/people/L-N1").with(user(TEACHER_NORTH))).andExpect(status().isOk());

		this.mvc.perform(get("/audit").param("account", "nina").with(user(BEHEERDER_NORTH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L-N1")))
			.andExpect(content().string(not(containsString("L-Z1"))));
		this.mvc.perform(get("/audit/export.csv").param("account", "nina").with(user(BEHEERDER_NORTH)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L-N1")))
			.andExpect(content().string(not(containsString("L-Z1"))));
	}

	@Test
	void theExportIsCsvWithAHeaderAndEveryMatchingEntry() throws Exception {
		this.mvc.perform(get("/directory/people/L-N1").with(user(TEACHER_NORTH))).andExpect(status().isOk());

		String csv = this.mvc.perform(get("/audit/export.csv").param("person", "L-N1").with(user(FG)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audittrail-")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines()).first()
			.isEqualTo("volgnummer,tijdstip,account,rollen,handeling,soort,record,persoon,toelichting,adres,hash");
		assertThat(csv.lines().skip(1)).singleElement()
			.asString()
			.contains(",nina,LEERKRACHT,PERSON_OPENED,PERSON,L-N1,L-N1,");
	}

	@Test
	void searchingTheTrailIsItselfRecorded() throws Exception {
		this.mvc.perform(get("/audit").param("person", "L-N1").with(user(FG))).andExpect(status().isOk());

		assertThat(this.jdbc.sql("select details from audit_entries where action = 'AUDIT_TRAIL_SEARCHED'")
			.query(String.class)
			.single()).isEqualTo("person=L-N1");
	}

	private java.util.List<String> actions(String subject) {
		return this.jdbc.sql("select action from audit_entries where subject_ref = ? order by sequence_number")
			.param(subject)
			.query(String.class)
			.list();
	}

}
