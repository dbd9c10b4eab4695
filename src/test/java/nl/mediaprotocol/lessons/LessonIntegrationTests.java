package nl.mediaprotocol.lessons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.DecisionMethod;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.lessons.LessonBoard.GUARDIAN;
import static nl.mediaprotocol.lessons.LessonBoard.GUARDIAN_ZUID;
import static nl.mediaprotocol.lessons.LessonBoard.STUDENT;
import static nl.mediaprotocol.lessons.LessonBoard.TEACHER;
import static nl.mediaprotocol.lessons.LessonBoard.TEACHER_ZUID;
import static nl.mediaprotocol.lessons.LessonBoard.TEAMLEIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LessonIntegrationTests {

	/** Tuesday 24 November 2026, 10:00 in Eindhoven. */
	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	LessonRecordings recordings;

	@Autowired
	ConsentRegister consents;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	long groupNoord;

	long groupZuid;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(NOW);
		return clock;
	}

	@BeforeEach
	void board() {
		LessonBoard.load(this.importer);
		this.groupNoord = this.directory.currentGroup("GN").orElseThrow().id();
		this.groupZuid = this.directory.currentGroup("GZ").orElseThrow().id();
	}

	// 3.1.2 with 3.1.6: whoever lacks consent for the purpose and medium stays out of
	// view
	@Test
	void aPermissionListsTheStudentsOfTheGroupWithoutConsentForItsPurposeAndMedia() throws Exception {
		// Noah (14): his guardian allows photos in the parent portal, not video
		consent("L-1", "G-1", Medium.PHOTO, true);
		consent("L-1", "G-1", Medium.VIDEO, false);
		// Sem (17) decides himself and allows both
		consent("L-2", "L-2", Medium.PHOTO, true);
		consent("L-2", "L-2", Medium.VIDEO, true);

		long id = this.recordings.grant(TEACHER, this.groupNoord, form("2026-11-25", "10:00", "11:00",
				List.of("PHOTO", "VIDEO"), "GROUP", List.of(), "Spreekbeurten filmen voor de ouders"));

		LessonRecordings.Opened opened = this.recordings.open(TEACHER, id).orElseThrow();
		assertThat(opened.withoutConsent())
			.containsExactly(new LessonRecordings.WithoutConsent("L-1", "Noah Vermeulen", List.of(Medium.VIDEO)));
		this.mvc.perform(get("/lessons/" + id).with(user(TEACHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noah Vermeulen: geen toestemming voor Video")))
			.andExpect(content().string(not(containsString("Sem de Boer:"))));

		// the family sees the permission, never who lacks consent
		this.mvc.perform(get("/lessons/" + id).with(user(GUARDIAN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Spreekbeurten filmen"), not(containsString("Noah Vermeulen")))));
		assertThat(this.recordings.open(STUDENT, id).orElseThrow().withoutConsent()).isEmpty();

		assertThat(this.jdbc
			.sql("select action from audit_entries where record_type = 'LESSON_PERMISSION'"
					+ " order by sequence_number")
			.query(String.class)
			.list()).containsExactly("LESSON_PERMISSION_GRANTED", "LESSON_PERMISSION_READ", "LESSON_PERMISSION_READ");
	}

	@Test
	void aConsentWithdrawnAfterThePermissionWasGivenKeepsTheStudentOutOfView() {
		consent("L-1", "G-1", Medium.PHOTO, true);
		long id = this.recordings.grant(TEACHER, this.groupNoord,
				form("2026-11-25", "10:00", "11:00", List.of("PHOTO"), "TEACHER", List.of(), null));
		assertThat(this.recordings.open(TEACHER, id).orElseThrow().withoutConsent())
			.extracting(LessonRecordings.WithoutConsent::ref)
			.containsExactly("L-2");

		// a withdrawal takes effect at once (3.1.6), also for a permission given before
		consent("L-1", "G-1", Medium.PHOTO, false);
		assertThat(this.recordings.open(TEACHER, id).orElseThrow().withoutConsent())
			.extracting(LessonRecordings.WithoutConsent::ref)
			.as("in name order")
			.containsExactly("L-2", "L-1");
	}

	@Test
	void aUserOfAnotherGroupGetsNotFound() throws Exception {
		long id = this.recordings.grant(TEACHER, this.groupNoord,
				form("2026-11-25", "10:00", "11:00", List.of("AUDIO"), "TEACHER", List.of(), null));

		for (CurrentUser outsider : List.of(TEACHER_ZUID, GUARDIAN_ZUID)) {
			this.mvc.perform(get("/lessons/" + id).with(user(outsider))).andExpect(status().isNotFound());
		}
		this.mvc.perform(
				post("/lessons/" + id + "/withdraw").param("reason", "Weg ermee").with(user(TEACHER_ZUID)).with(csrf()))
			.andExpect(status().isNotFound());
		// a guardian never withdraws: refused by role before anything is looked up
		this.mvc
			.perform(post("/lessons/" + id + "/withdraw").param("reason", "Weg ermee")
				.with(user(GUARDIAN_ZUID))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/lessons/groups/" + this.groupNoord + "/new").with(user(TEACHER_ZUID)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/lessons/groups/" + this.groupNoord + "/new").with(user(GUARDIAN)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/lessons/999999").with(user(TEACHER))).andExpect(status().isNotFound());
		this.mvc.perform(get("/lessons").with(user(TEACHER_ZUID)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is geen toestemming")));
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entries where action = 'LESSON_PERMISSION_OPEN_REFUSED' and actor = 'zara'")
			.query(Long.class)
			.single()).as("a refused read is audited").isOne();
		assertThat(this.recordings.open(TEACHER, id).orElseThrow().permission().withdrawnAt()).isNull();
	}

	@Test
	void aTeacherGivesPermissionForTheGroupsTheyTeachAndManagementForTheirUnits() {
		assertThat(this.recordings.overview(TEACHER).groupsToGrant()).extracting(group -> group.group().code())
			.containsExactly("GN");
		assertThat(this.recordings.overview(TEAMLEIDER).groupsToGrant()).extracting(group -> group.group().code())
			.containsExactly("GN");
		assertThat(this.recordings.overview(GUARDIAN).groupsToGrant()).isEmpty();

		assertThatThrownBy(() -> this.recordings.grant(TEACHER, this.groupZuid,
				form("2026-11-25", "10:00", "11:00", List.of("PHOTO"), "TEACHER", List.of(), null)))
			.hasMessage(LessonRefused.NOT_FOUND);
		long id = this.recordings.grant(TEAMLEIDER, this.groupNoord,
				form("2026-11-25", "13:00", "14:30", List.of("PHOTO"), "STUDENTS", List.of("L-2"), null));
		LessonRecordings.Opened opened = this.recordings.open(TEACHER, id).orElseThrow();
		assertThat(opened.permission().recorderRefs()).containsExactly("L-2");
		assertThat(opened.permission().grantedBy()).isEqualTo("tl");
	}

	@Test
	void permissionIsGivenInAdvanceForAWindowOfTime() {
		assertRefused(form("2026-11-24", "09:30", "11:00", List.of("PHOTO"), "TEACHER", List.of(), null),
				"lessons.refused.past");
		assertRefused(form("2026-11-25", "11:00", "10:00", List.of("PHOTO"), "TEACHER", List.of(), null),
				"lessons.refused.endBeforeStart");
		assertRefused(form("25-11-2026", "10:00", "11:00", List.of("PHOTO"), "TEACHER", List.of(), null),
				"lessons.refused.whenInvalid");
		assertRefused(form("2026-11-25", "10:00", "11:00", List.of(), "TEACHER", List.of(), null),
				"lessons.refused.mediaNeeded");
		assertRefused(form("2026-11-25", "10:00", "11:00", List.of("PHOTO"), "STUDENTS", List.of(), null),
				"lessons.refused.studentsNeeded");
		assertRefused(form("2026-11-25", "10:00", "11:00", List.of("PHOTO"), "STUDENTS", List.of("L-Z"), null),
				"lessons.refused.notInGroup");
		assertRefused(new PermissionForm("2026-11-25", "10:00", "11:00", "no-such-purpose", List.of("PHOTO"), "TEACHER",
				null, null), "lessons.refused.purpose");
		assertThat(this.jdbc.sql("select count(*) from lesson_permissions").query(Long.class).single()).isZero();

		// later today is still in advance
		this.recordings.grant(TEACHER, this.groupNoord,
				form("2026-11-24", "10:15", "11:00", List.of("PHOTO"), "TEACHER", List.of(), null));
	}

	@Test
	void aPermissionIsWithdrawnWithAReasonUntilTheLessonEnds() {
		long id = this.recordings.grant(TEACHER, this.groupNoord,
				form("2026-11-24", "13:00", "14:00", List.of("PHOTO"), "GROUP", List.of(), null));
		assertThat(this.recordings.overview(STUDENT).standing()).extracting(LessonPermission::id).containsExactly(id);

		assertThatThrownBy(() -> this.recordings.withdraw(TEACHER, id, " ")).hasMessage("lessons.refused.reasonNeeded");
		advance(Duration.ofHours(3).plusMinutes(30));
		assertThat(this.recordings.open(GUARDIAN, id).orElseThrow().permission().statusAt(this.clock.instant()))
			.isEqualTo(LessonPermission.Status.CURRENT);
		this.recordings.withdraw(TEAMLEIDER, id, "De klas was te onrustig.");

		assertThat(this.recordings.open(TEACHER, id).orElseThrow().permission().withdrawReason())
			.isEqualTo("De klas was te onrustig.");
		assertThat(this.recordings.open(GUARDIAN, id)).as("students and guardians see what stands").isEmpty();
		assertThat(this.recordings.overview(STUDENT).standing()).isEmpty();
		assertThat(this.recordings.overview(TEACHER).past()).extracting(LessonPermission::id).containsExactly(id);
		assertThatThrownBy(() -> this.recordings.withdraw(TEACHER, id, "Nog een keer"))
			.hasMessage("lessons.refused.notWithdrawable");
		assertThat(this.jdbc.sql(
				"select action from audit_entries where record_type = 'LESSON_PERMISSION' and action <> 'LESSON_PERMISSION_READ'"
						+ " order by sequence_number")
			.query(String.class)
			.list()).containsExactly("LESSON_PERMISSION_GRANTED", "LESSON_PERMISSION_WITHDRAWN",
					"LESSON_PERMISSION_OPEN_REFUSED");
	}

	@Test
	void anEndedPermissionCannotBeWithdrawnAndIsGoneForTheFamily() {
		long id = this.recordings.grant(TEACHER, this.groupNoord,
				form("2026-11-24", "13:00", "14:00", List.of("PHOTO"), "GROUP", List.of(), null));
		advance(Duration.ofDays(1));

		assertThat(this.recordings.open(TEACHER, id).orElseThrow().permission().statusAt(this.clock.instant()))
			.isEqualTo(LessonPermission.Status.ENDED);
		assertThat(this.recordings.open(STUDENT, id)).isEmpty();
		assertThatThrownBy(() -> this.recordings.withdraw(TEACHER, id, "Te laat"))
			.hasMessage("lessons.refused.notWithdrawable");
	}

	@Test
	void aRefusedFormSaysWhatIsWrongInDutchAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/lessons/groups/" + this.groupNoord).param("date", "2026-11-25")
				.param("from", "11:00")
				.param("until", "10:00")
				.param("purpose", "parent-portal")
				.param("media", "PHOTO", "AUDIO")
				.param("recorders", "STUDENTS")
				.param("students", "L-2")
				.param("note", "Spreekbeurt van Sem")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De les moet eindigen na de begintijd.")))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("value=\"11:00\"")))
			.andExpect(content().string(containsString(">Spreekbeurt van Sem</textarea>")))
			.andExpect(content().string(containsString("id=\"medium-AUDIO\" value=\"AUDIO\" checked")))
			.andExpect(content().string(containsString("id=\"student-L-2\" value=\"L-2\" checked")))
			.andExpect(content().string(containsString("id=\"recorders-STUDENTS\" value=\"STUDENTS\" checked")));

		this.mvc
			.perform(post("/lessons/groups/" + this.groupNoord).param("date", "morgen")
				.param("from", "10")
				.param("until", "11")
				.header("Accept-Language", "en")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date or time is not right.")));

		this.mvc
			.perform(post("/lessons/groups/" + this.groupNoord).param("date", "2026-11-25")
				.param("from", "10:00")
				.param("until", "11:00")
				.param("purpose", "parent-portal")
				.param("media", "VIDEO")
				.param("recorders", "TEACHER")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "lessons.done.granted"));
		long id = this.jdbc.sql("select id from lesson_permissions").query(Long.class).single();

		this.mvc.perform(post("/lessons/" + id + "/withdraw").param("reason", "").with(user(TEACHER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "lessons.refused.reasonNeeded"));
	}

	private void assertRefused(PermissionForm form, String key) {
		assertThatThrownBy(() -> this.recordings.grant(TEACHER, this.groupNoord, form))
			.isInstanceOf(LessonRefused.class)
			.hasMessage(key);
	}

	private static PermissionForm form(String date, String from, String until, List<String> media, String recorders,
			List<String> students, String note) {
		return new PermissionForm(date, from, until, "parent-portal", media, recorders, students, note);
	}

	private void consent(String student, String decider, Medium medium, boolean granted) {
		this.consents.record(new ConsentRegister.DecisionRequest(student, "parent-portal", medium, granted, decider,
				DecisionMethod.PORTAL, null), CurrentUser.of(decider, decider));
	}

	private void advance(Duration duration) {
		((TestClock) this.clock).advance(duration);
	}

}
