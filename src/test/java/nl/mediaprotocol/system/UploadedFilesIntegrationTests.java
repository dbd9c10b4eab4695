package nl.mediaprotocol.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.screening.Photos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploaded files live in the file store, not in the database (issue 12: any number of
 * instances share them), and stay in step with their records: written before the record
 * commits, gone when it rolls back, deleted only after a deletion has committed, and
 * swept when no record refers to them.
 */
@SpringBootTest(properties = { "mediaprotocol.demo.enabled=true", "mediaprotocol.demo.password=files" })
@AutoConfigureMockMvc
@DirtiesContext
class UploadedFilesIntegrationTests {

	private static final List<String> TABLES = List.of("consent_scans", "publication_media", "report_evidence",
			"case_attachments");

	private static final byte[] PHOTO = Photos.jpeg(160, 100);

	private static final byte[] PDF = "%PDF-1.4 een brief".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore store;

	@Autowired
	StoredFiles files;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrphanFileSweep sweep;

	@Autowired
	List<RetentionRule> retention;

	@Autowired
	List<PersonalDataSource> sources;

	@Autowired
	UserDetailsService users;

	@Test
	void anUploadInEachModuleLandsInTheStoreAndNotInTheDatabase() throws Exception {
		List<String> keys = uploadOneInEachModule();

		for (String key : keys) {
			assertThat(this.store.get(key)).as("file %s in the store", key)
				.hasValueSatisfying(content -> assertThat(content).isNotEmpty());
		}
		assertThat(this.jdbc.sql("""
				select count(*) from information_schema.columns
				where lower(table_name) in (:tables) and lower(column_name) = 'content'
				""").param("tables", TABLES).query(Long.class).single()).as("no bytes in the database").isZero();
	}

	@Test
	void aFileStoredInATransactionThatRollsBackIsDeleted() {
		List<String> stored = new ArrayList<>();
		this.transactions.executeWithoutResult(transaction -> {
			stored.add(this.files.store(PDF));
			assertThat(this.store.get(stored.getFirst())).as("written before the commit").isPresent();
			transaction.setRollbackOnly();
		});

		assertThat(this.store.get(stored.getFirst())).isEmpty();
	}

	@Test
	void anUploadWhoseRecordCannotBeWrittenLeavesNoFile() throws Exception {
		this.mvc.perform(post("/publications").with(user(staff("teamleider"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long publication = newest("publications");
		List<String> before = storedKeys();
		// a name longer than the column: the insert fails after the file was written
		MockMultipartFile tooLong = new MockMultipartFile("file", "x".repeat(250) + ".jpg", "image/jpeg", PHOTO);

		try {
			this.mvc.perform(multipart("/publications/" + publication + "/media").file(tooLong)
				.with(user(staff("teamleider")))
				.with(csrf()));
		}
		catch (Exception refused) {
			// the error reaches the test as it would reach the error page
		}

		assertThat(this.jdbc.sql("select count(*) from publication_media where publication_id = :id")
			.param("id", publication)
			.query(Long.class)
			.single()).isZero();
		assertThat(storedKeys()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void aDeletedRecordsFileGoesOnlyOnceTheDeletionCommits() {
		String rolledBack = this.store.put(PDF);
		String committed = this.store.put(PDF);

		this.transactions.executeWithoutResult(transaction -> {
			this.files.deleteAfterCommit(List.of(rolledBack));
			transaction.setRollbackOnly();
		});
		this.transactions.executeWithoutResult(transaction -> {
			this.files.deleteAfterCommit(List.of(committed));
			assertThat(this.store.get(committed)).as("still there before the commit").isPresent();
		});

		assertThat(this.store.get(rolledBack)).as("the deletion rolled back: the record still needs it").isPresent();
		assertThat(this.store.get(committed)).isEmpty();
	}

	@Test
	void theSweepRemovesOnlyOldFilesThatNoRecordRefersTo() throws Exception {
		// what other tests here left without a record goes first
		this.sweep.sweep(Instant.now().plusSeconds(3600));
		List<String> referenced = uploadOneInEachModule();
		String orphan = this.store.put(PDF);

		assertThat(this.sweep.sweep(Instant.now().minusSeconds(3600))).as("a young orphan may still be committing")
			.isZero();
		assertThat(this.sweep.sweep(Instant.now().plusSeconds(3600))).isEqualTo(1);

		assertThat(this.store.get(orphan)).isEmpty();
		for (String key : referenced) {
			assertThat(this.store.get(key)).as("file %s is referred to", key).isPresent();
		}
	}

	@Test
	void aSweepThatWouldRemoveMoreFilesThanCrashesLeaveBehindRemovesNone() {
		// an empty database pointed at another's directory: its files are no record's
		// here
		List<String> others = new java.util.ArrayList<>();
		for (int file = 0; file <= 100; file++) {
			others.add(this.store.put(PDF));
		}
		try {
			assertThat(this.sweep.sweep(Instant.now().plusSeconds(3600))).isZero();
			assertThat(others).allSatisfy(key -> assertThat(this.store.get(key)).isPresent());
		}
		finally {
			others.forEach(this.store::delete);
		}
	}

	@Test
	void purgesAndErasuresDeleteTheFilesOfTheRecordsTheyRemove() throws Exception {
		List<String> keys = uploadOneInEachModule();
		String scan = keys.get(0);
		String media = keys.get(1);
		String evidence = keys.get(2);
		String attachment = keys.get(3);
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(5);
		this.jdbc.sql("update reports set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", longAgo)
			.param("id", newest("reports"))
			.update();
		this.jdbc.sql("update cases set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", longAgo)
			.param("id", newest("cases"))
			.update();

		assertThat(source("zaken").about("L-1020").toString()).as("the access export still names the file")
			.contains("brief.pdf");
		rule("reports").purge(Instant.now(), false);
		rule("publications").purge(Instant.now().plusSeconds(86400), false);
		source("zaken").erase("L-1020");

		assertThat(this.store.get(evidence)).as("the purged report's screenshot").isEmpty();
		assertThat(this.store.get(media)).as("the purged draft's photo").isEmpty();
		assertThat(this.store.get(attachment)).as("the erased case's attachment").isEmpty();
		assertThat(this.store.get(scan)).as("a scan still in force").isPresent();
	}

	/** A scan, a photo, a screenshot and an attachment; their keys, in that order. */
	private List<String> uploadOneInEachModule() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/consent/scans")
				.file(new MockMultipartFile("file", "formulier.pdf", "application/pdf", PDF))
				.param("ref", "L-1020")
				.with(user(staff("teamleider")))
				.with(csrf()))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/publications").with(user(staff("teamleider"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/publications/" + newest("publications") + "/media")
				.file(new MockMultipartFile("file", "uitje.jpg", "image/jpeg", PHOTO))
				.with(user(staff("teamleider")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/meldpunt").file(new MockMultipartFile("images", "screenshot.jpg", "image/jpeg", PHOTO))
				.param("category", "BULLYING")
				.param("what", "Iemand zet screenshots van de groepsapp online")
				.param("unit", "VSO-WOENSEL")
				.param("addressedTo", "TEAMLEIDER")
				.with(user(staff("leerkracht")))
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/cases").param("subject", "L-1020")
				.param("title", "Berichten in de groepsapp")
				.with(user(staff("teamleider")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(multipart("/cases/" + newest("cases") + "/notes")
				.file(new MockMultipartFile("files", "brief.pdf", "application/pdf", PDF))
				.param("text", "Brief aan de ouders")
				.with(user(staff("teamleider")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<String> keys = new ArrayList<>();
		for (String table : TABLES) {
			keys.add(this.jdbc.sql("select file_key from " + table + " order by id desc fetch first 1 rows only")
				.query(String.class)
				.single());
		}
		return keys;
	}

	private List<String> storedKeys() {
		List<String> keys = new ArrayList<>();
		this.store.eachStoredBefore(Instant.now().plusSeconds(3600), keys::add);
		return keys;
	}

	private long newest(String table) {
		return this.jdbc.sql("select max(id) from " + table).query(Long.class).single();
	}

	private RetentionRule rule(String kind) {
		return this.retention.stream().filter(rule -> rule.kind().equals(kind)).findFirst().orElseThrow();
	}

	private PersonalDataSource source(String section) {
		return this.sources.stream().filter(source -> source.section().equals(section)).findFirst().orElseThrow();
	}

	private org.springframework.security.core.userdetails.UserDetails staff(String username) {
		return this.users.loadUserByUsername(username);
	}

}
