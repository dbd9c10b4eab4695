package nl.mediaprotocol.screening;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The screening API on the demo board's directory: the names come from the database.
 */
@SpringBootTest(properties = "mediaprotocol.demo.enabled=true")
@AutoConfigureMockMvc
class ScreeningApiIntegrationTests {

	static final CurrentUser TEACHER = CurrentUser.of("leerkracht", null, RoleGrant.boardWide(Role.LEERKRACHT));

	static final CurrentUser GUARDIAN = CurrentUser.of("ouder", null, RoleGrant.boardWide(Role.OUDER));

	@Autowired
	MockMvc mvc;

	@Test
	void staffScreenAPostAndHearWhatToDoInDutch() throws Exception {
		this.mvc.perform(post("/api/v1/screening").with(user(TEACHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"text": "Noah Vermeulen (9) uit Klas 3 won! Bel 06-12345678.", "personal": false, "channel": "instagram"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("BLOCK"))
			.andExpect(jsonPath("$.findings[0].type").value("PERSON_NAME"))
			.andExpect(jsonPath("$.findings[0].start").value(0))
			.andExpect(jsonPath("$.findings[0].end").value(14))
			.andExpect(jsonPath("$.findings[0].text").value("Noah Vermeulen"))
			.andExpect(jsonPath("$.findings[0].article").value("3.1.3"))
			.andExpect(jsonPath("$.findings[0].category").value("student"))
			.andExpect(jsonPath("$.findings[0].message").value(startsWith("Dit is de naam van iemand van school")))
			.andExpect(jsonPath("$.findings[*].type").value(hasItem("DATE_OF_BIRTH")))
			.andExpect(jsonPath("$.findings[*].type").value(hasItem("PHONE_NUMBER")));
	}

	@Test
	void anEmployeesPersonalPostAboutTheBoardNeedsRoleAndDisclaimer() throws Exception {
		this.mvc
			.perform(post("/api/v1/screening").with(user(TEACHER))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"text": "De nieuwe roosters bij SSOE zijn een chaos.", "personal": true}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("WARN"))
			.andExpect(jsonPath("$.findings[*].type").value(hasItem("MISSING_ROLE_DISCLOSURE")))
			.andExpect(jsonPath("$.findings[*].article").value(hasItem("3.3.5")))
			.andExpect(jsonPath("$.findings[0].message").value(startsWith("You write about the school")));
	}

	@Test
	void aCleanPostIsOk() throws Exception {
		this.mvc
			.perform(post("/api/v1/screening").with(user(TEACHER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Wat een zonnige sportdag was het vandaag!\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("OK"))
			.andExpect(jsonPath("$.findings").isEmpty());
	}

	@Test
	void guardiansAndStrangersMayNotScreen() throws Exception {
		this.mvc
			.perform(post("/api/v1/screening").with(user(GUARDIAN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/screening").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPhotoIsScreenedForFacesAndAHostileFileGivesAFinding() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/screening/photo")
				.file(new MockMultipartFile("file", "astronaut.jpg", "image/jpeg", Photos.astronaut()))
				.with(user(TEACHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.faces").value(1))
			.andExpect(jsonPath("$.findings[0].type").value("FACE"))
			.andExpect(jsonPath("$.findings[0].box.width").isNumber());
		this.mvc
			.perform(multipart("/api/v1/screening/photo")
				.file(new MockMultipartFile("file", "bom.png", "image/png", Photos.decompressionBomb()))
				.with(user(TEACHER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("BLOCK"))
			.andExpect(jsonPath("$.findings[0].type").value("UNREADABLE_IMAGE"));
		this.mvc
			.perform(multipart("/api/v1/screening/photo/clean")
				.file(new MockMultipartFile("file", "bom.png", "image/png", Photos.decompressionBomb()))
				.with(user(TEACHER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problem").value("TOO_LARGE"));
	}

}
