package nl.mediaprotocol.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DirectoryAccessIntegrationTests {

	static final CurrentUser TEACHER_IN_A = CurrentUser.of("anna", "T-A", RoleGrant.forUnit(Role.LEERKRACHT, "LOC-A"));

	static final CurrentUser DIRECTOR_OF_SCHOOL = CurrentUser.of("dirk", "D-1", RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	static final CurrentUser COMMUNICATIONS = CurrentUser.of("comm", null, RoleGrant.boardWide(Role.COMMUNICATIE));

	static final CurrentUser GUARDIAN = CurrentUser.of("greet", "G-1", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser STUDENT_B = CurrentUser.of("bas", "S-B1", RoleGrant.boardWide(Role.LEERLING));

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void board() {
		if (this.directory.isEmpty()) {
			new DirectoryFixtures(this.importer).importBoard(LocalDate.now(this.clock));
		}
	}

	@Test
	void theReachCheckForManyPeopleAtOnceAgreesWithOpeningEachOfThem() {
		List<String> everyone = this.jdbc.sql("select ref from people order by ref").query(String.class).list();
		for (CurrentUser viewer : List.of(TEACHER_IN_A, DIRECTOR_OF_SCHOOL, COMMUNICATIONS, GUARDIAN, STUDENT_B)) {
			Set<String> opened = everyone.stream()
				.filter(ref -> this.directory.person(viewer, ref).isPresent())
				.collect(Collectors.toSet());
			assertThat(this.directory.visible(viewer, everyone)).as(viewer.getUsername()).isEqualTo(opened);
			everyone.forEach(ref -> assertThat(this.directory.sees(viewer, ref)).as(viewer.getUsername() + " " + ref)
				.isEqualTo(opened.contains(ref)));
		}
		assertThat(this.directory.visible(TEACHER_IN_A, everyone)).contains("S-A1").doesNotContain("S-B1");
		assertThat(this.directory.visible(GUARDIAN, everyone)).contains("G-1", "S-A1").doesNotContain("S-B1");
	}

	@Test
	void aStudentNumberIsFoundWhateverItsCaseAndANameByAnyPartOfIt() {
		assertThat(refsFound(DIRECTOR_OF_SCHOOL, "s-a1")).containsExactly("S-A1");
		assertThat(refsFound(DIRECTOR_OF_SCHOOL, " S-A1 ")).containsExactly("S-A1");
		assertThat(refsFound(DIRECTOR_OF_SCHOOL, "de wi")).containsExactly("S-A1");
		// the number of a student out of reach finds nobody
		assertThat(refsFound(TEACHER_IN_A, "S-B1")).isEmpty();
	}

	private List<String> refsFound(CurrentUser viewer, String text) {
		return this.directory
			.search(viewer, new PersonSearch(PersonKind.STUDENT, null, null, text), PageRequest.of(0, 10))
			.map(PersonView::ref)
			.getContent();
	}

	@Test
	void teacherCannotOpenAStudentOfAnotherUnit() throws Exception {
		this.mvc.perform(get("/directory/people/S-B1").with(user(TEACHER_IN_A)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Bas"))));
	}

	@Test
	void teacherOpensAStudentOfTheirOwnUnitWithDateOfBirthAndGuardian() throws Exception {
		this.mvc.perform(get("/directory/people/S-A1").with(user(TEACHER_IN_A)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sara de Wit")))
			.andExpect(content().string(containsString("Greet de Wit")))
			.andExpect(content().string(containsString("10 jaar")));
	}

	@Test
	void teachersSearchFindsOnlyStudentsOfTheirUnit() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "STUDENT").with(user(TEACHER_IN_A)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].ref").value("S-A1"));
	}

	@Test
	void directorOfTheSchoolReachesStudentsOfEveryLocationBelowIt() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "STUDENT").with(user(DIRECTOR_OF_SCHOOL)))
			.andExpect(jsonPath("$.page.totalElements").value(2));
	}

	@Test
	void communicationsSeesStudentsNamesButNotTheirDateOfBirthOrGuardians() throws Exception {
		this.mvc.perform(get("/api/v1/people/S-A1").with(user(COMMUNICATIONS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstName").value("Sara"))
			.andExpect(jsonPath("$.dateOfBirth").doesNotExist())
			.andExpect(jsonPath("$.guardianRefs").doesNotExist());
		this.mvc.perform(get("/api/v1/people/G-1").with(user(COMMUNICATIONS)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void guardianSeesTheirOwnChildAndNoOtherStudent() throws Exception {
		this.mvc.perform(get("/api/v1/people/S-A1").with(user(GUARDIAN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dateOfBirth").exists());
		this.mvc.perform(get("/api/v1/people").param("kind", "STUDENT").with(user(GUARDIAN)))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc.perform(get("/api/v1/people/S-B1").with(user(GUARDIAN))).andExpect(status().isNotFound());
	}

	@Test
	void studentSeesOnlyThemselves() throws Exception {
		this.mvc.perform(get("/api/v1/people/S-B1").with(user(STUDENT_B))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/people/S-A1").with(user(STUDENT_B))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/people").param("kind", "EMPLOYEE").with(user(STUDENT_B)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void apiAnswersWithoutSignInAsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "STUDENT"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void apiRefusesAnUnknownKindAsAProblemWithoutInternals() throws Exception {
		this.mvc.perform(get("/api/v1/people").param("kind", "ALIENS").with(user(DIRECTOR_OF_SCHOOL)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void directoryShowsTheUnitTreeAndTheKindsTheRoleMaySearch() throws Exception {
		this.mvc.perform(get("/directory").with(user(COMMUNICATIONS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Locatie B")))
			.andExpect(content().string(containsString("value=\"STUDENT\"")))
			.andExpect(content().string(not(containsString("value=\"GUARDIAN\""))));
	}

	@Test
	void directoryPagesListWhatTheRoleMaySee() throws Exception {
		this.mvc.perform(get("/directory/people").param("kind", "STUDENT").with(user(TEACHER_IN_A)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sara de Wit")))
			.andExpect(content().string(not(containsString("Bas Berg"))));
		this.mvc
			.perform(get("/directory/people").param("kind", "STUDENT")
				.param("q", "wit")
				.header("HX-Request", "true")
				.with(user(DIRECTOR_OF_SCHOOL)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sara de Wit")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void factsNameAStudentsGuardiansAndAGuardiansChildren() {
		PersonFacts sara = this.directory.facts("S-A1").orElseThrow();
		assertThat(sara.guardianRefs()).containsExactly("G-1");
		assertThat(this.directory.facts("G-1").orElseThrow().studentRefs()).containsExactly("S-A1");
		assertThat(this.directory.studentsOfGroup(sara.groupId())).extracting(PersonFacts::ref).containsExactly("S-A1");
	}

}
