package nl.mediaprotocol.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.DecisionMethod;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.screening.FindingType;
import nl.mediaprotocol.screening.Photos;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PublicationIntegrationTests {

	/** A Tuesday morning. */
	static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");

	static final CurrentUser COMM = CurrentUser.of("comm", "M-COMM", RoleGrant.boardWide(Role.COMMUNICATIE));

	static final CurrentUser COMM2 = CurrentUser.of("comm2", "M-COMM2", RoleGrant.boardWide(Role.COMMUNICATIE));

	static final CurrentUser TEACHER = CurrentUser.of("teacher", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser DIRECTOR = CurrentUser.of("dir", "M-DIR", RoleGrant.boardWide(Role.DIRECTEUR));

	static final CurrentUser GUARDIAN = CurrentUser.of("g1", "G-1", RoleGrant.boardWide(Role.OUDER));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	PublicationDesk desk;

	@Autowired
	Takedowns takedowns;

	@Autowired
	ConsentRegister consent;

	@Autowired
	Screening screening;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(TUESDAY);
		return clock;
	}

	@BeforeEach
	void importBoard() {
		importSheet(this.importer, ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				NOORD;Locatie Noord;locatie;B
				""");
		importSheet(this.importer, ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				""");
		importSheet(this.importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-DIR;Dirk;;Directeur;Directeur;B;;dirk@school.example;
				M-COMM;Cor;;Communicatie;Communicatiemedewerker;B;M-DIR;cor@school.example;
				M-COMM2;Cas;;Communicatie;Communicatiemedewerker;B;M-DIR;cas@school.example;
				M-T;Tom;;Leraar;Leerkracht;NOORD;M-DIR;tom@school.example;GN
				""");
		importSheet(this.importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2017;GN
				L-2;Sem;;de Boer;02-05-2016;GN
				""");
		importSheet(this.importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				G-2;Carla;de;Boer;carla@ouders.example;;L-2
				""");
	}

	@Test
	void aStudentWithoutConsentForInstagramIsBlockedThereAndAllowedOnTheParentPortal() throws Exception {
		consents("L-1", "parent-portal", Medium.PHOTO, true);
		long id = postWithPhotoOf("L-1", "ssoe-instagram", "parent-portal");

		CheckResult checks = this.desk.check(this.desk.get(id, COMM));

		assertThat(checks.verdictFor("ssoe-instagram")).isEqualTo(Verdict.BLOCK);
		assertThat(checks.verdictFor("parent-portal")).isEqualTo(Verdict.OK);
		assertThatThrownBy(() -> this.desk.submit(id, COMM, null)).hasMessage("publication.refused.blocked");

		this.desk.edit(id, COMM, "Sportdag!", List.of("parent-portal"));
		this.desk.submit(id, COMM, null);
		assertThat(this.desk.get(id, COMM).status()).isEqualTo(PublicationStatus.SUBMITTED);

		this.mvc.perform(post("/api/v1/publications/check").contentType(MediaType.APPLICATION_JSON).content("""
				{"text":"Sportdag!","channels":["ssoe-instagram","parent-portal"],"personal":false,
				 "taggedRefs":["L-1"],"medium":"PHOTO"}
				""").with(user(COMM)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("BLOCK"))
			.andExpect(jsonPath("$.channels['ssoe-instagram']").value("BLOCK"))
			.andExpect(jsonPath("$.channels['parent-portal']").value("OK"))
			.andExpect(jsonPath("$.findings[0].type").value("CONSENT_MISSING"))
			.andExpect(jsonPath("$.findings[0].channel").value("ssoe-instagram"))
			.andExpect(jsonPath("$.findings[0].article").value("3.1.6"))
			.andExpect(jsonPath("$.findings[0].message").value(containsString("Noah Vermeulen")));
	}

	@Test
	void theReviewerIsNeverTheAuthor() {
		consents("L-1", "parent-portal", Medium.PHOTO, true);
		long id = postWithPhotoOf("L-1", "parent-portal");
		this.desk.submit(id, COMM, null);

		assertThatThrownBy(() -> this.desk.approve(id, COMM)).hasMessage("publication.refused.notReviewer");
		assertThat(this.desk.toReview(COMM)).isEmpty();
		assertThat(this.desk.toReview(COMM2)).extracting(Publication::id).containsExactly(id);
		assertThat(this.desk.toReview(DIRECTOR)).extracting(Publication::id).containsExactly(id);
		assertThat(this.desk.toReview(TEACHER)).isEmpty();

		this.desk.approve(id, COMM2);
		assertThat(this.desk.get(id, COMM).status()).isEqualTo(PublicationStatus.APPROVED);
	}

	@Test
	void aConsentWithdrawnAfterApprovalBlocksPublishing() {
		consents("L-1", "parent-portal", Medium.PHOTO, true);
		long id = postWithPhotoOf("L-1", "parent-portal");
		this.desk.submit(id, COMM, null);
		this.desk.approve(id, COMM2);

		advance(Duration.ofHours(1));
		consents("L-1", "parent-portal", Medium.PHOTO, false);
		advance(Duration.ofHours(1));

		assertThatThrownBy(() -> this.desk.published(id, COMM, "parent-portal", "https://portaal.example/p/1"))
			.hasMessage("publication.refused.blockedNow");
		assertThat(this.desk.get(id, COMM).published()).isEmpty();
	}

	@Test
	void aWithdrawalMakesExactlyOneTakedownTaskPerAffectedPostAndChannel() throws Exception {
		for (String purpose : List.of("parent-portal", "website")) {
			for (Medium medium : List.of(Medium.PHOTO, Medium.VIDEO)) {
				consents("L-1", purpose, medium, true);
				consents("L-2", purpose, medium, true);
			}
		}
		long showingNoah = postWithPhotoOf("L-1", "parent-portal", "website");
		this.desk.attach(showingNoah, COMM,
				new MockMultipartFile("file", "dans.mp4", "video/mp4", new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p' }));
		long video = this.desk.get(showingNoah, COMM).media().getLast().id();
		this.desk.tag(showingNoah, COMM, video, "L-1");
		publish(showingNoah, "parent-portal", "website");
		long showingSem = postWithPhotoOf("L-2", "parent-portal");
		publish(showingSem, "parent-portal");

		advance(Duration.ofDays(1));
		this.consent.withdrawAll("L-1", "G-1", GUARDIAN, DecisionMethod.PORTAL, null);
		this.consent.withdrawAll("L-1", "G-1", GUARDIAN, DecisionMethod.PORTAL, null);

		List<TakedownTask> tasks = this.takedowns.open();
		assertThat(tasks).extracting(TakedownTask::publicationId, TakedownTask::channel)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(showingNoah, "parent-portal"),
					org.assertj.core.groups.Tuple.tuple(showingNoah, "website"));
		// withdrawn on Wednesday: two working days
		assertThat(tasks.getFirst().dueAt()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));

		this.takedowns.complete(tasks.getFirst().id(), COMM, TakedownTask.Outcome.REMOVED, "weg");
		assertThat(this.takedowns.open()).hasSize(1);
		advance(Duration.ofDays(5));
		assertThat(this.takedowns.remindAndEscalate()).containsExactly(0, 1);
		assertThat(this.takedowns.remindAndEscalate()).as("escalated once").containsExactly(1, 0);
	}

	@Test
	void theDownloadedPhotoHasNoGpsPosition() throws Exception {
		byte[] withGps = Photos.withExif(Photos.jpeg(320, 200), "Juf Sanne", new int[] { 51, 26, 30 },
				new int[] { 5, 28, 40 }, 1);
		assertThat(this.screening.screen(withGps).findings()).anyMatch(f -> f.type() == FindingType.GPS_POSITION);
		long id = this.desk.draft(COMM, PublicationKind.BOARD, "Uitje");
		this.desk.attach(id, COMM, new MockMultipartFile("file", "uitje.jpg", "image/jpeg", withGps));
		Publication.Media media = this.desk.get(id, COMM).media().getFirst();
		assertThat(media.removedMetadata()).contains("GPS_POSITION");

		byte[] downloaded = this.mvc.perform(get("/publications/" + id + "/media/" + media.id()).with(user(COMM)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(this.screening.screen(downloaded).findings())
			.noneMatch(f -> f.type() == FindingType.GPS_POSITION || f.type() == FindingType.PHOTO_METADATA);
	}

	@Test
	void aPhotoWithMoreFacesThanTaggedPeopleCannotBeSubmitted() throws Exception {
		long id = this.desk.draft(COMM, PublicationKind.BOARD, "Ruimtereis");
		this.desk.edit(id, COMM, "Ruimtereis", List.of("website"));
		this.desk.attach(id, COMM, new MockMultipartFile("file", "astronaut.jpg", "image/jpeg", Photos.astronaut()));
		long media = this.desk.get(id, COMM).media().getFirst().id();

		assertThat(this.desk.check(this.desk.get(id, COMM)).findings()).extracting(CheckFinding::type)
			.contains("FACES_UNTAGGED");
		assertThatThrownBy(() -> this.desk.submit(id, COMM, null)).hasMessage("publication.refused.blocked");

		this.desk.markUnrecognisable(id, COMM, media, 1);
		this.desk.submit(id, COMM, null);
	}

	@Test
	void mayThisChecksAnEmployeesOwnPostWithoutStoringIt() throws Exception {
		this.mvc
			.perform(post("/publications/personal").param("text", "Op mijn school is het vandaag feest!")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vermeld dat je er werkt")))
			.andExpect(content().string(containsString("persoonlijke mening")));

		this.mvc
			.perform(post("/publications/personal").param("text", "Op mijn school is het vandaag feest!")
				.param("add", "disclosure")
				.with(user(TEACHER))
				.with(csrf()))
			.andExpect(content().string(containsString("Ik werk als leerkracht bij SSOE.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Vermeld dat je er werkt"))));
		assertThat(this.jdbc.sql("select count(*) from publications").query(Long.class).single()).isZero();

		this.mvc.perform(post("/publications/personal/review").param("text", "Op mijn school is het vandaag feest!")
			.with(user(TEACHER))
			.with(csrf()));
		assertThat(this.desk.toReview(DIRECTOR)).singleElement()
			.satisfies(publication -> assertThat(publication.kind()).isEqualTo(PublicationKind.PERSONAL));
		assertThat(this.desk.toReview(COMM)).as("a personal post is for the manager").isEmpty();
		long personal = this.desk.toReview(DIRECTOR).getFirst().id();
		assertThatThrownBy(() -> this.desk.get(personal, COMM)).as("nor may communications open it")
			.hasMessage("publication.refused.notFound");
	}

	@Test
	void theComposerRerunsTheChecksOnEverySaveWithoutAReload() throws Exception {
		long id = this.desk.draft(COMM, PublicationKind.BOARD, "");

		this.mvc
			.perform(post("/publications/" + id).param("text", "Bel 06-12345678 voor info")
				.param("channels", "website")
				.header("HX-Request", "true")
				.with(user(COMM))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checks\"")))
			.andExpect(content().string(containsString("telefoonnummer")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	private long postWithPhotoOf(String ref, String... channels) {
		long id = this.desk.draft(COMM, PublicationKind.BOARD, "Sportdag!");
		this.desk.edit(id, COMM, "Sportdag!", List.of(channels));
		try {
			this.desk.attach(id, COMM,
					new MockMultipartFile("file", "sportdag.jpg", "image/jpeg", Photos.jpeg(320, 200)));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.desk.tag(id, COMM, this.desk.get(id, COMM).media().getFirst().id(), ref);
		return id;
	}

	private void publish(long id, String... channels) {
		this.desk.submit(id, COMM, null);
		this.desk.approve(id, COMM2);
		for (String channel : channels) {
			this.desk.published(id, COMM, channel, "https://" + channel + ".example/" + id);
		}
	}

	private void consents(String ref, String purpose, Medium medium, boolean granted) {
		String guardian = ref.equals("L-1") ? "G-1" : "G-2";
		this.consent.record(new ConsentRegister.DecisionRequest(ref, purpose, medium, granted, guardian,
				DecisionMethod.PORTAL, null), CurrentUser.of(guardian, guardian, RoleGrant.boardWide(Role.OUDER)));
	}

	private void advance(Duration duration) {
		((TestClock) this.clock).advance(duration);
	}

}
