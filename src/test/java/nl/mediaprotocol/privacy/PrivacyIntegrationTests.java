package nl.mediaprotocol.privacy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.javacrumbs.shedlock.core.LockProvider;
import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.cases.CaseBook;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.system.RetentionRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PrivacyIntegrationTests {

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser FG = CurrentUser.of("fg", "M-FG", RoleGrant.boardWide(Role.FG));

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	RetentionSchedule retention;

	@Autowired
	AccessExport access;

	@Autowired
	Erasures erasures;

	@Autowired
	CaseBook cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LockProvider lockProvider;

	@Autowired
	ApplicationEventPublisher events;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(Instant.parse("2026-01-05T09:00:00Z"));
		return clock;
	}

	@BeforeEach
	void board() {
		load(ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				NOORD;Locatie Noord;locatie;B
				""");
		load(ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				""");
		load(ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-TL;Tina;;Teamleider;Teamleider;NOORD;;tina@school.example;
				""");
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2012;GN
				L-2;Sem;;de Boer;02-05-2012;GN
				""");
	}

	@Test
	void thePurgeRemovesExactlyWhatExpiredAndTwiceChangesNothing() {
		long old = closedCase("L-1", "Oude zaak");
		((TestClock) this.clock).setTo(Instant.parse("2026-11-24T09:00:00Z"));
		long recent = closedCase("L-2", "Recente zaak");
		((TestClock) this.clock).setTo(Instant.parse("2028-06-01T09:00:00Z"));

		assertThat(this.retention.dryRun("fg")).filteredOn(done -> done.kind().equals("cases"))
			.singleElement()
			.satisfies(done -> assertThat(done.records()).isOne());
		assertThat(titleOf(old)).as("a dry run changes nothing").isEqualTo("Oude zaak");

		assertThat(this.retention.purge("fg")).filteredOn(done -> done.kind().equals("cases"))
			.singleElement()
			.satisfies(done -> assertThat(done.records()).isOne());
		assertThat(titleOf(old)).isEqualTo("VERWIJDERD");
		assertThat(this.jdbc.sql("select count(*) from case_entries where case_id = :id")
			.param("id", old)
			.query(Long.class)
			.single()).isZero();
		assertThat(titleOf(recent)).isEqualTo("Recente zaak");
		assertThat(this.jdbc.sql("select count(*) from case_entries where case_id = :id")
			.param("id", recent)
			.query(Long.class)
			.single()).isPositive();

		assertThat(this.retention.purge("fg")).as("twice running changes nothing")
			.allSatisfy(done -> assertThat(done.records()).isZero());
		assertThat(this.jdbc.sql("select details from audit_entries where action = 'PRIVACY_PURGED'")
			.query(String.class)
			.list()).singleElement().asString().startsWith("1 ").doesNotContain("Oude zaak");
		assertThat(this.retention.runs()).hasSize(3);
	}

	@Test
	void twoInstancesNeverPurgeAtOnce() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		RetentionRule slow = new RetentionRule() {

			@Override
			public String kind() {
				return "slow";
			}

			@Override
			public Period defaultPeriod() {
				return Period.ofDays(1);
			}

			@Override
			public String reason() {
				return "test";
			}

			@Override
			public Outcome purge(Instant cutoff, boolean dryRun) {
				inside.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new Outcome(0, "niets");
			}

		};
		RetentionSchedule first = instance(List.of(slow));
		RetentionSchedule second = instance(this.rules);

		CompletableFuture<List<RetentionSchedule.Done>> running = CompletableFuture.supplyAsync(() -> first.purge("a"));
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(second.purge("b")).as("the other instance holds the lock").isEmpty();
		release.countDown();
		assertThat(running.get(10, TimeUnit.SECONDS)).hasSize(1);
		assertThat(second.purge("b")).as("after it let go").isNotEmpty();
	}

	@Test
	void theAccessExportHoldsEveryRecordAboutThePersonAndNothingAboutAnyoneElse() throws Exception {
		closedCase("L-1", "Filmpje van Noah");
		closedCase("L-2", "Meme van Sem");

		Map<String, String> files = unzip(this.access.zip("L-1", FG).orElseThrow());

		assertThat(files).containsKeys("gids.json", "zaken.json", "toestemming.json", "meldingen.json",
				"monitoring.json", "audittrail.json", "overzicht.pdf");
		assertThat(files.get("gids.json")).contains("Noah Vermeulen").doesNotContain("Sem");
		assertThat(files.get("zaken.json")).contains("Filmpje van Noah", "Gesprek gevoerd").doesNotContain("Sem");
		assertThat(files.get("audittrail.json")).contains("CASE_OPENED").doesNotContain("L-2");
		assertThat(files.get("overzicht.pdf")).startsWith("%PDF");
		assertThat(this.access.zip("X-404", FG)).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entries where action = 'PRIVACY_ACCESS_EXPORTED' and subject_ref = 'L-1'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void erasureRemovesWhatTheLawAllowsAndKeepsTheReason() {
		long closed = closedCase("L-1", "Afgesloten zaak");
		long open = this.cases.open(new CaseBook.CaseDraft("L-1", "Lopende zaak", null), TEAMLEIDER);

		String summary = this.erasures.erase("L-1", "Verzoek van de ouders van 3 maart; zaak afgerond.", FG);

		assertThat(summary).contains("zaken: 1");
		assertThat(titleOf(closed)).isEqualTo("VERWIJDERD");
		assertThat(titleOf(open)).as("an open case is still needed").isEqualTo("Lopende zaak");
		assertThat(this.erasures.of("L-1")).singleElement()
			.satisfies(erasure -> assertThat(erasure.reason()).startsWith("Verzoek van de ouders"));
		assertThat(this.jdbc.sql("select details from audit_entries where action = 'PRIVACY_ERASED'")
			.query(String.class)
			.single()).contains("zaken: 1").doesNotContain("Afgesloten zaak");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.erasures.erase("L-2", " ", FG)))
			.hasMessage("privacy.erase.reasonNeeded");
	}

	private RetentionSchedule instance(List<RetentionRule> rules) {
		return new RetentionSchedule(rules, new PrivacyProperties(Map.of()), this.jdbc, this.transactions,
				this.lockProvider, this.events, this.clock);
	}

	private long closedCase(String ref, String title) {
		long id = this.cases.open(new CaseBook.CaseDraft(ref, title, null), TEAMLEIDER);
		this.cases.takeStep(id, "conversation-teacher", "Gesprek gevoerd", null, TEAMLEIDER);
		this.cases.close(id, "Afgehandeld", TEAMLEIDER);
		return id;
	}

	private String titleOf(long id) {
		return this.jdbc.sql("select title from cases where id = :id").param("id", id).query(String.class).single();
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private void load(ImportKind kind, String csv) {
		assertThat(this.importer.importCsv(kind, csv.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
	}

}
