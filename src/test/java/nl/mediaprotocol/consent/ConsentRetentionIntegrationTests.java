package nl.mediaprotocol.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import nl.mediaprotocol.system.FileStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsentRetentionIntegrationTests {

	static final Instant CUTOFF = Instant.parse("2025-11-24T00:00:00Z");

	@Autowired
	ConsentPrivacy retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore files;

	@Autowired
	DirectoryImporter importer;

	String purpose;

	int version;

	@BeforeEach
	void board() {
		importSheet(this.importer, ImportKind.UNITS, "code;naam;soort;bovenliggend\nB;Bestuur;bestuur;\n");
		importSheet(this.importer, ImportKind.GROUPS, "code;naam;eenheid\nGB;Groep;B\n");
		importSheet(this.importer, ImportKind.STUDENTS,
				"leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep\nL-1;Noah;;Vermeulen;12-03-2012;GB\n");
		if (this.jdbc.sql("select count(*) from consent_purposes").query(Long.class).single() == 0) {
			this.jdbc.sql(
					"insert into consent_purposes (code, name_nl, name_en, position, active) values ('site', 'Website', 'Website', 1, true)")
				.update();
			this.jdbc.sql(
					"insert into consent_purpose_texts (purpose_code, version, text_nl, effective_from) values ('site', 1, 'Foto''s op de website', :at)")
				.param("at", at("2020-01-01"))
				.update();
		}
		this.purpose = this.jdbc.sql("select purpose_code from consent_purpose_texts order by purpose_code, version")
			.query(String.class)
			.list()
			.getFirst();
		this.version = this.jdbc.sql("select min(version) from consent_purpose_texts where purpose_code = :code")
			.param("code", this.purpose)
			.query(Integer.class)
			.single();
	}

	@Test
	void theScanOfAReplacedFormAndTheHistoryOfSomeoneWhoLeftGoTheRestStays() {
		long replacedScan = scan("L-1", "2025-01-01");
		decision("L-1", "PHOTO", true, "2025-01-01", replacedScan);
		decision("L-1", "PHOTO", false, "2025-03-01", null);
		long keptScan = scan("L-1", "2025-01-01");
		decision("L-1", "VIDEO", true, "2025-01-01", keptScan);
		long leaverScan = scan("L-9", "2024-02-01");
		decision("L-9", "PHOTO", true, "2024-02-01", leaverScan);
		String replacedFile = fileOf(replacedScan);
		String leaverFile = fileOf(leaverScan);

		assertThat(this.retention.purge(CUTOFF, true).records()).as("a dry run counts").isEqualTo(2);
		assertThat(contentOf(replacedScan)).isPositive();

		assertThat(this.retention.purge(CUTOFF, false).records()).isEqualTo(2);
		assertThat(contentOf(replacedScan)).as("the replaced form's scan is wiped").isZero();
		assertThat(contentOf(keptScan)).as("a form still in force keeps its scan").isPositive();
		assertThat(count("select count(*) from consent_decisions where subject_ref = 'L-1'")).as("decisions stay")
			.isEqualTo(3);
		assertThat(count("select count(*) from consent_decisions where subject_ref = 'L-9'")).isZero();
		assertThat(count("select count(*) from consent_scans where subject_ref = 'L-9'")).isZero();
		assertThat(this.files.get(replacedFile)).as("the wiped scan's file is deleted from the store").isEmpty();
		assertThat(this.files.get(leaverFile)).as("the leaver's scan's file is deleted from the store").isEmpty();
		assertThat(this.retention.purge(CUTOFF, false).records()).as("twice changes nothing").isZero();
	}

	private long scan(String ref, String day) {
		this.jdbc.sql("""
				insert into consent_scans (subject_ref, file_name, content_type, file_key, uploaded_by, uploaded_at)
				values (:ref, 'formulier.pdf', 'application/pdf', :key, 'tl', :at)
				""")
			.param("ref", ref)
			.param("key", this.files.put("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
			.param("at", at(day))
			.update();
		return count("select max(id) from consent_scans");
	}

	private void decision(String ref, String medium, boolean granted, String day, Long scan) {
		this.jdbc.sql("""
				insert into consent_decisions (subject_ref, purpose_code, medium, granted, decided_by_ref, decided_by,
				    method, recorded_by, decided_at, text_version, scan_id)
				values (:ref, :purpose, :medium, :granted, 'G-1', 'GUARDIAN', :method, 'tl', :at, :version, :scan)
				""")
			.param("ref", ref)
			.param("purpose", this.purpose)
			.param("medium", medium)
			.param("granted", granted)
			.param("method", scan == null ? "PORTAL" : "PAPER")
			.param("at", at(day))
			.param("version", this.version)
			.param("scan", scan)
			.update();
	}

	/** The size of the scan's file in the store; 0 when it has none. */
	private long contentOf(long scan) {
		String key = fileOf(scan);
		return key == null ? 0 : this.files.get(key).map(content -> content.length).orElse(0);
	}

	private @Nullable String fileOf(long scan) {
		return this.jdbc.sql("select file_key from consent_scans where id = :id")
			.param("id", scan)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static OffsetDateTime at(String day) {
		return OffsetDateTime.of(java.time.LocalDate.parse(day).atTime(10, 0), ZoneOffset.UTC);
	}

}
