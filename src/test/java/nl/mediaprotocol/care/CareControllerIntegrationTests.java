package nl.mediaprotocol.care;

import java.time.Clock;
import java.time.LocalDate;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static nl.mediaprotocol.care.CareBoard.NOAH;
import static nl.mediaprotocol.care.CareBoard.TEACHER_NOORD;
import static nl.mediaprotocol.care.CareBoard.ZORG_NOORD;
import static nl.mediaprotocol.care.CareBoard.ZORG_ZUID;
import static nl.mediaprotocol.care.CareBoard.signalAbout;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The care pages: Dutch messages for what is wrong, what was typed kept, 404 for others.
 */
@SpringBootTest(properties = "mediaprotocol.base-url=https://care.example")
@AutoConfigureMockMvc
class CareControllerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CareStructure care;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	Clock clock;

	@BeforeEach
	void importBoard() {
		CareBoard.importInto(this.importer);
	}

	@Test
	void anEmptyFormSaysWhatIsMissingInDutchAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/care/new").param("student", "")
				.param("observation", " ")
				.param("actionTaken", "Ik heb zijn moeder al gebeld.")
				.with(user(TEACHER_NOORD))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("care/form"))
			.andExpect(content().string(containsString("Kies de leerling: typ het leerlingnummer")))
			.andExpect(content().string(containsString("Schrijf op wat je hebt gezien of gehoord.")))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("Ik heb zijn moeder al gebeld.")));
	}

	@Test
	void anUnknownStudentIsRefusedAndTheObservationStays() throws Exception {
		this.mvc
			.perform(post("/care/new").param("student", "L-404")
				.param("observation", "Valt elke ochtend in slaap.")
				.with(user(TEACHER_NOORD))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We vinden geen leerling met dit nummer")))
			.andExpect(content().string(containsString("value=\"L-404\"")))
			.andExpect(content().string(containsString("Valt elke ochtend in slaap.")));
	}

	@Test
	void aNameOffersTheStudentsTheRaiserMaySeeToChooseFrom() throws Exception {
		this.mvc
			.perform(post("/care/new").param("student", "Noah")
				.param("observation", "Altijd online.")
				.with(user(TEACHER_NOORD))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de leerling uit de lijst")))
			.andExpect(content().string(containsString("Noah Vermeulen (L-1, Groep Noord)")));
		this.mvc.perform(get("/care/new/students").param("student", "Zuid").with(user(TEACHER_NOORD)))
			.andExpect(view().name("care/form :: students"))
			.andExpect(content().string(containsString("Geen leerling gevonden die jij mag zien.")))
			.andExpect(content().string(not(containsString("Zuidema"))));
	}

	@Test
	void theRaiserGetsAConfirmationAndSeesTheStateButNotTheNotes() throws Exception {
		this.mvc
			.perform(post("/care/new").param("studentRef", NOAH)
				.param("observation", "Zit tot diep in de nacht op TikTok, vertelt hij zelf.")
				.with(user(TEACHER_NOORD))
				.with(csrf()))
			.andExpect(redirectedUrl("/care"))
			.andExpect(flash().attribute("done", "care.raised"));
		long id = this.care.raisedBy(TEACHER_NOORD).getFirst().signal().id();
		this.care.holdConversation(ZORG_NOORD, id, "Vertrouwelijk gesprek met Noah over slapen.", null);

		this.mvc.perform(get("/care").with(user(TEACHER_NOORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noah Vermeulen")))
			.andExpect(content().string(containsString("Gesprek gevoerd")))
			.andExpect(content().string(not(containsString("Vertrouwelijk gesprek"))))
			.andExpect(content().string(not(containsString("Voor jou als zorgcoördinator"))));
		this.mvc.perform(get("/care/" + id).with(user(TEACHER_NOORD))).andExpect(status().isNotFound());
		this.mvc.perform(get("/care").with(user(ZORG_NOORD)))
			.andExpect(content().string(containsString("Voor jou als zorgcoördinator")))
			.andExpect(content().string(containsString("/care/" + id)));
	}

	@Test
	void aCoordinatorOfAnotherUnitFindsNothingThere() throws Exception {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		this.mvc.perform(get("/care/" + id).with(user(ZORG_ZUID)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("telefoon"))));
		this.mvc.perform(post("/care/" + id + "/closure").param("text", "Weg ermee").with(user(ZORG_ZUID)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/care/" + id).with(user(ZORG_NOORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Noah zit in elke pauze op zijn telefoon")));
	}

	@Test
	void aRefusedStepSaysWhyAndKeepsWhatWasTyped() throws Exception {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();

		this.mvc
			.perform(post("/care/" + id + "/conversation").param("heldOn", tomorrow)
				.param("text", "Gesprek met Noah en zijn moeder over schermtijd.")
				.with(user(ZORG_NOORD))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Die datum ligt in de toekomst.")))
			.andExpect(content().string(containsString("Gesprek met Noah en zijn moeder over schermtijd.")));
		this.mvc
			.perform(post("/care/" + id + "/conversation").param("heldOn", "gisteren")
				.param("text", "Gesprek")
				.with(user(ZORG_NOORD))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een geldige datum in.")));
		this.mvc
			.perform(post("/care/" + id + "/referral").param("referredTo", "GGD").with(user(ZORG_NOORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leg eerst het gesprek vast.")));
		this.mvc.perform(post("/care/" + id + "/closure").param("text", "").with(user(ZORG_NOORD)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf op waarom je het zorgsignaal afsluit.")));

		this.mvc
			.perform(post("/care/" + id + "/conversation").param("text", "Gesprek met Noah.")
				.with(user(ZORG_NOORD))
				.with(csrf()))
			.andExpect(redirectedUrl("/care/" + id))
			.andExpect(flash().attribute("done", "care.done.conversation"));
	}

	@Test
	void studentsAndGuardiansNeverReachTheCarePages() throws Exception {
		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));
		CurrentUser student = CurrentUser.of("noah", NOAH, RoleGrant.boardWide(Role.LEERLING));
		CurrentUser guardian = CurrentUser.of("esther", "G-1", RoleGrant.boardWide(Role.OUDER));

		for (CurrentUser user : new CurrentUser[] { student, guardian }) {
			this.mvc.perform(get("/care").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/care/" + id).with(user(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void thePagesSpeakEnglishToWhoAsks() throws Exception {
		this.mvc.perform(get("/care/new").param("lang", "en").with(user(TEACHER_NOORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which student is it about?")));
	}

}
