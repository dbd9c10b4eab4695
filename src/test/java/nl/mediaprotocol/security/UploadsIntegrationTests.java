package nl.mediaprotocol.security;

import nl.mediaprotocol.screening.FindingType;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.Photos;
import nl.mediaprotocol.system.StoredFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every image people upload (a report's screenshots, a case's attachments, a consent
 * form's scan, besides the photos of a post) is kept re-encoded from its pixels, without
 * the location or any other metadata of the phone that made it; an image that cannot be
 * opened safely, such as a decompression bomb, is refused with the upload's own message
 * (OWASP ASVS 12.2, 12.3).
 */
@SpringBootTest(properties = { "mediaprotocol.demo.enabled=true", "mediaprotocol.demo.password=uploads" })
@AutoConfigureMockMvc
@DirtiesContext
class UploadsIntegrationTests {

	/** A JPEG with the photographer's name and a position in Eindhoven in its EXIF. */
	private static final byte[] WITH_GPS = Photos.withExif(Photos.jpeg(320, 200), "Juf Sanne", new int[] { 51, 26, 30 },
			new int[] { 5, 28, 40 }, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoredFiles files;

	@Autowired
	Screening screening;

	@Autowired
	UserDetailsService users;

	@Test
	void aReportsScreenshotIsKeptWithoutItsLocationAndABombIsRefused() throws Exception {
		assertThat(metadataOf(WITH_GPS)).as("the test photo carries a location").contains(FindingType.GPS_POSITION);

		this.mvc.perform(report("screenshot.jpg", WITH_GPS)).andExpect(status().isOk());
		byte[] kept = newestFile("report_evidence");
		assertThat(metadataOf(kept)).isEmpty();

		long reports = this.jdbc.sql("select count(*) from reports").query(Long.class).single();
		this.mvc.perform(report("bom.png", Photos.decompressionBomb()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("moet een JPEG- of PNG-bestand zijn")));
		assertThat(this.jdbc.sql("select count(*) from reports").query(Long.class).single()).isEqualTo(reports);
	}

	@Test
	void aCasesPhotoIsKeptWithoutItsLocationAndABombIsRefused() throws Exception {
		this.mvc
			.perform(post("/cases").param("subject", "L-1020")
				.param("title", "Foto's in de groepsapp")
				.with(user(this.users.loadUserByUsername("teamleider")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select max(id) from cases").query(Long.class).single();

		this.mvc.perform(note(id, "foto.jpg", WITH_GPS)).andExpect(status().is3xxRedirection());
		byte[] kept = newestFile("case_attachments");
		assertThat(metadataOf(kept)).isEmpty();

		long attachments = this.jdbc.sql("select count(*) from case_attachments").query(Long.class).single();
		this.mvc.perform(note(id, "bom.png", Photos.decompressionBomb())).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from case_attachments").query(Long.class).single())
			.isEqualTo(attachments);
	}

	@Test
	void aPhotographedConsentFormIsKeptWithoutItsLocationAndABombIsRefused() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/consent/scans")
				.file(new MockMultipartFile("file", "formulier.jpg", "image/jpeg", WITH_GPS))
				.param("ref", "L-1020")
				.with(user(this.users.loadUserByUsername("teamleider")))
				.with(csrf()))
			.andExpect(status().isCreated());
		byte[] kept = newestFile("consent_scans");
		assertThat(metadataOf(kept)).isEmpty();

		this.mvc
			.perform(multipart("/api/v1/consent/scans")
				.file(new MockMultipartFile("file", "formulier.png", "image/png", Photos.decompressionBomb()))
				.param("ref", "L-1020")
				.with(user(this.users.loadUserByUsername("teamleider")))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	private byte[] newestFile(String table) {
		return this.files
			.read(this.jdbc.sql("select file_key from " + table + " order by id desc fetch first 1 rows only")
				.query(String.class)
				.single());
	}

	private java.util.List<FindingType> metadataOf(byte[] image) {
		return this.screening.screen(image)
			.findings()
			.stream()
			.map(finding -> finding.type())
			.filter(type -> type == FindingType.GPS_POSITION || type == FindingType.PHOTO_METADATA)
			.toList();
	}

	private org.springframework.test.web.servlet.RequestBuilder report(String name, byte[] image) {
		return multipart("/meldpunt").file(new MockMultipartFile("images", name, "image/jpeg", image))
			.param("category", "BULLYING")
			.param("what", "Iemand zet screenshots van de groepsapp online")
			.param("unit", "VSO-WOENSEL")
			.param("addressedTo", "TEAMLEIDER")
			.with(user(this.users.loadUserByUsername("leerkracht")))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.RequestBuilder note(long caseId, String name, byte[] image) {
		return multipart("/cases/" + caseId + "/notes").file(new MockMultipartFile("files", name, "image/jpeg", image))
			.param("text", "Foto van het bericht")
			.with(user(this.users.loadUserByUsername("teamleider")))
			.with(csrf());
	}

}
