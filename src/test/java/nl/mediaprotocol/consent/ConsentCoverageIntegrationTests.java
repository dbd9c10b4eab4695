package nl.mediaprotocol.consent;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import nl.mediaprotocol.TestClock;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import nl.mediaprotocol.directory.TestSheets;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent coverage the dashboards count ({@link CoverageStatistics}, from the rows of
 * {@link CoverageStates}) against an independent count: every student of every group
 * decided now through the register's rules ({@link ConsentRules} via
 * {@link ConsentRegister#decisions}) and {@link Coverage#stateOf}, as the dashboard
 * counted before. On a board with students on both sides of 16, two guardians,
 * withdrawals, a changed text, a move, a change of guardians, a purpose switched off and
 * a birthday. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsentCoverageIntegrationTests {

	static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	@TestBean(name = "clock", methodName = "testClock")
	Clock clock;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	Directory directory;

	@Autowired
	ConsentRegister register;

	@Autowired
	ConsentAdministration administration;

	@Autowired
	CoverageStatistics statistics;

	@Autowired
	CoverageUpkeep upkeep;

	@Autowired
	ConsentCoverageBackfill backfill;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	static Clock testClock() {
		TestClock clock = new TestClock();
		clock.setTo(MONDAY);
		return clock;
	}

	@BeforeEach
	void board() {
		TestSheets.importSheet(this.importer, ImportKind.UNITS, TestSheets.TWO_LOCATIONS);
		TestSheets.importSheet(this.importer, ImportKind.GROUPS, TestSheets.A_GROUP_IN_EACH + "GS;Groep School;S\n");
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-YOUNG;Noah;;Vermeulen;12-03-2017;GN
				L-TWO;Mila;;Jansen;04-06-2013;GN
				L-MOVE;Sem;;de Boer;02-05-2014;GN
				L-SILENT;Zoë;;Stil;09-09-2015;GN
				L-OLD;Lucas;;Vermeulen;01-02-2009;GZ
				L-TURN;Tess;van;Dijk;26-11-2009;GZ
				L-LAPSE;Finn;;Bakker;25-11-2010;GS
				""");
		load(ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-A;Esther;;Vermeulen;esther@ouders.example;;L-YOUNG|L-OLD
				G-B;Pim;;Vermeulen;pim@ouders.example;;L-YOUNG
				G-C;Carla;;Jansen;carla@ouders.example;;L-TWO
				G-D;Dirk;;Jansen;dirk@ouders.example;;L-TWO
				G-E;Eva;de;Boer;eva@ouders.example;;L-MOVE
				G-F;Frank;;Bakker;frank@ouders.example;;L-LAPSE
				""");
	}

	@Test
	void theCountsOfTheKeptCoverageAreThoseOfTheRulesThroughEveryChange() {
		// two guardians of Noah: a yes for the photo, a no for the video of the same use
		decide("L-YOUNG", "school-guide", Medium.PHOTO, true, "G-A");
		decide("L-YOUNG", "school-guide", Medium.VIDEO, false, "G-B");
		decide("L-YOUNG", "website", Medium.PHOTO, true, "G-A");
		// Mila's two guardians disagree
		decide("L-TWO", "social-media", Medium.PHOTO, true, "G-C");
		decide("L-TWO", "social-media", Medium.PHOTO, false, "G-D");
		decide("L-MOVE", "website", Medium.VIDEO, true, "G-E");
		decide("L-MOVE", "newsletter", Medium.PHOTO, true, "G-E");
		// from 16 the students decide themselves
		decide("L-OLD", "newsletter", Medium.AUDIO, true, "L-OLD");
		decide("L-TURN", "school-guide", Medium.PHOTO, true, "L-TURN");
		// Finn's guardian decides two days before he turns 16
		decide("L-LAPSE", "website", Medium.PHOTO, true, "G-F");
		assertSameAsTheRules();
		assertThat(decided("school-guide")).isEqualTo(2);
		assertThat(decided("website")).isEqualTo(3);

		// a withdrawal of everything Noah's first guardian allowed: the video's no stands
		this.register.withdrawAll("L-YOUNG", "G-A", user("G-A"), DecisionMethod.PORTAL, null);
		assertSameAsTheRules();
		assertThat(decided("website")).isEqualTo(3);

		// the website's use changed: every earlier answer for it counts for nothing
		this.administration.changeText("website", "Ook op de nieuwe website van het bestuur.");
		assertSameAsTheRules();
		assertThat(decided("website")).isZero();
		decide("L-MOVE", "website", Medium.PHOTO, false, "G-E");
		assertSameAsTheRules();
		assertThat(decided("website")).isEqualTo(1);

		// Sem moves to the group of the south location
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-MOVE;Sem;;de Boer;02-05-2014;GZ
				""");
		assertSameAsTheRules();

		// Sem's guardian is no longer his: her newsletter yes no longer counts
		int newsletter = decided("newsletter");
		load(ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-E;Eva;de;Boer;eva@ouders.example;;L-SILENT
				""");
		assertSameAsTheRules();
		assertThat(decided("newsletter")).isEqualTo(newsletter - 1);

		// a purpose switched off is not shown; switched on again, its answers count again
		this.administration.setActive("social-media", false);
		assertSameAsTheRules();
		this.administration.setActive("social-media", true);
		assertSameAsTheRules();
		assertThat(decided("social-media")).isEqualTo(1);

		// Finn is 16 now, his guardian's answer stands until he answers himself
		((TestClock) this.clock).advance(Duration.ofDays(3));
		assertSameAsTheRules();
	}

	@Test
	void twoGuardiansAnsweringAtTheSameMomentAreBothRecordedAndCounted() throws Exception {
		// a yes from one of Mila's guardians, not yet committed when the other says no
		CountDownLatch firstRecorded = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);
		ExecutorService guardians = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = guardians.submit(() -> this.transactions.executeWithoutResult(status -> {
				decide("L-TWO", "social-media", Medium.PHOTO, true, "G-C");
				firstRecorded.countDown();
				awaitQuietly(commitFirst);
			}));
			assertThat(firstRecorded.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> second = guardians.submit(() -> decide("L-TWO", "social-media", Medium.PHOTO, false, "G-D"));
			Thread.sleep(500);
			assertThat(second).as("the second waits for the first's turn").isNotDone();
			commitFirst.countDown();
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			commitFirst.countDown();
			guardians.shutdownNow();
		}
		assertSameAsTheRules();
		assertThat(decided("social-media")).isEqualTo(1);
	}

	@Test
	void aParentsAnswerIsRecordedWhileADirectoryImportIsStillOpen() throws Exception {
		// a students import (one transaction for the whole file) has moved Sem and is
		// still working through the rest of its lines
		CountDownLatch imported = new CountDownLatch(1);
		CountDownLatch commitImport = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> importing = threads.submit(() -> this.transactions.executeWithoutResult(status -> {
				load(ImportKind.STUDENTS, """
						leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
						L-MOVE;Sem;;de Boer;02-05-2014;GZ
						""");
				imported.countDown();
				awaitQuietly(commitImport);
			}));
			assertThat(imported.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> deciding = threads.submit(() -> decide("L-MOVE", "website", Medium.PHOTO, true, "G-E"));
			deciding.get(20, TimeUnit.SECONDS);
			commitImport.countDown();
			importing.get(30, TimeUnit.SECONDS);
		}
		finally {
			commitImport.countDown();
			threads.shutdownNow();
		}
		assertSameAsTheRules();
		assertThat(decided("website")).isEqualTo(1);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aSixteenthBirthdayMovesTheCountWithoutAWrite() {
		decide("L-TURN", "school-guide", Medium.PHOTO, true, "L-TURN");
		// the school corrects Tess's date of birth: she turns 16 on Thursday, so until
		// then her own answer does not count and her guardians have not answered
		load(ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-TURN;Tess;van;Dijk;26-11-2010;GZ
				""");
		List<Map<String, Object>> kept = coverageRows();
		assertSameAsTheRules();
		assertThat(decided("school-guide")).isZero();

		((TestClock) this.clock).advance(Duration.ofDays(3));
		assertThat(coverageRows()).isEqualTo(kept);
		assertSameAsTheRules();
		assertThat(decided("school-guide")).isEqualTo(1);
	}

	@Test
	void theNightlyReconcileCorrectsWhatDriftedAndTheBackfillWritesWhatTheRulesSay() throws Exception {
		decide("L-YOUNG", "school-guide", Medium.PHOTO, true, "G-A");
		decide("L-TWO", "social-media", Medium.PHOTO, false, "G-C");
		decide("L-OLD", "newsletter", Medium.AUDIO, true, "L-OLD");
		List<Map<String, Object>> right = coverageRows();
		assertThat(right).hasSize(3);
		assertThat(this.upkeep.reconcile()).as("nothing drifted").isZero();

		// one row changed by hand, one lost, one for a student without any decision
		this.jdbc.sql("update consent_coverage set under_16 = 'OPEN' where student_ref = 'L-YOUNG'").update();
		this.jdbc.sql("delete from consent_coverage where student_ref = 'L-OLD'").update();
		this.jdbc
			.sql("""
					insert into consent_coverage (student_ref, purpose_code, text_version, under_16, from_16, from_16_lapsed)
					values ('L-SILENT', 'website', 1, 'CONSENTED', 'CONSENTED', 'CONSENTED')""")
			.update();
		assertThat(this.upkeep.reconcile()).isEqualTo(3);
		assertThat(coverageRows()).isEqualTo(right);
		assertSameAsTheRules();

		// the migration on a register without rows writes the same rows
		this.jdbc.sql("delete from consent_coverage").update();
		try (Connection connection = this.dataSource.getConnection()) {
			this.backfill.migrate(new Context() {

				@Override
				public Configuration getConfiguration() {
					throw new UnsupportedOperationException();
				}

				@Override
				public Connection getConnection() {
					return connection;
				}

			});
		}
		assertThat(coverageRows()).isEqualTo(right);
	}

	private void assertSameAsTheRules() {
		List<String> units = List.of("B", "S", "NOORD", "ZUID");
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<CoverageStatistics.Row> expected = new ArrayList<>();
		for (String unit : units) {
			for (GroupLabel group : this.directory.unit(unit).orElseThrow().groups()) {
				List<PersonFacts> students = this.directory.studentsOfGroup(group.id());
				Map<String, List<ConsentDecision>> answers = this.register.decisions(students, now);
				for (Purpose purpose : purposes) {
					int withDecision = (int) students.stream()
						.map(student -> answers.get(student.ref())
							.stream()
							.filter(answer -> answer.purpose().equals(purpose.code()))
							.toList())
						.filter(relevant -> Coverage.stateOf(relevant) != Coverage.State.OPEN)
						.count();
					expected.add(new CoverageStatistics.Row(unit, group, purpose, students.size(), withDecision));
				}
			}
		}
		assertThat(expected).as("the board's groups and purposes").hasSize(3 * purposes.size());
		assertThat(this.statistics.coverage(units)).containsExactlyElementsOf(expected);

		// per unit, for a scope with more groups than a page lists: the sums of its
		// groups
		Map<String, List<String>> shown = new LinkedHashMap<>();
		shown.put("S", List.of("S", "NOORD", "ZUID"));
		shown.put("ZUID", List.of("ZUID"));
		List<CoverageStatistics.UnitRow> perUnit = new ArrayList<>();
		shown.forEach((unit, members) -> {
			for (Purpose purpose : purposes) {
				List<CoverageStatistics.Row> summed = expected.stream()
					.filter(row -> members.contains(row.unitCode()) && row.purpose().equals(purpose))
					.toList();
				perUnit.add(new CoverageStatistics.UnitRow(unit, summed.size(), purpose,
						summed.stream().mapToInt(CoverageStatistics.Row::students).sum(),
						summed.stream().mapToInt(CoverageStatistics.Row::withDecision).sum()));
			}
		});
		assertThat(this.statistics.coveragePerUnit(shown)).containsExactlyElementsOf(perUnit);
		assertThat(this.statistics.groupCount(List.of("S", "ZUID"))).isEqualTo(2);
	}

	/** Students with a decision that counts for the purpose, over every group. */
	private int decided(String purpose) {
		return this.statistics.coverage(List.of("S", "NOORD", "ZUID"))
			.stream()
			.filter(row -> row.purpose().code().equals(purpose))
			.mapToInt(CoverageStatistics.Row::withDecision)
			.sum();
	}

	private List<Map<String, Object>> coverageRows() {
		return this.jdbc.sql("select * from consent_coverage order by student_ref, purpose_code").query().listOfRows();
	}

	private void decide(String ref, String purpose, Medium medium, boolean granted, String decidedBy) {
		this.register.record(new ConsentRegister.DecisionRequest(ref, purpose, medium, granted, decidedBy,
				DecisionMethod.PORTAL, null), user(decidedBy));
	}

	private static CurrentUser user(String ref) {
		return CurrentUser.of(ref.toLowerCase(), ref, RoleGrant.boardWide(Role.OUDER));
	}

	private void load(ImportKind kind, String csv) {
		TestSheets.importSheet(this.importer, kind, csv);
	}

}
