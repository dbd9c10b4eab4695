package nl.mediaprotocol.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the audit trail appends and verifies, on H2 (file database, as the embedded
 * default) and on a real PostgreSQL. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -B test -Pbenchmark}. Prints its figures; asserts only that the chains it
 * built are valid.
 */
class AuditChainBenchmark {

	static final int WARM_UP = 2_000;

	static final int APPENDS = 20_000;

	static final int THREADS = 4;

	static final int VERIFIED_ENTRIES = 1_000_000;

	static EmbeddedPostgres postgres;

	static Path h2Directory;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		h2Directory = Files.createTempDirectory("audit-benchmark");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void h2() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:file:" + h2Directory.resolve("audit") + ";DB_CLOSE_DELAY=-1");
		run("H2 (file)", h2);
	}

	@Test
	void postgres() {
		run("PostgreSQL "
				+ new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("show server_version", String.class),
				postgres.getPostgresDatabase());
	}

	private static void run(String database, DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).load().migrate();
		JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
		AuditChain chain = new AuditChain(JdbcClient.create(dataSource), jdbcTemplate);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

		appendOneByOne(chain, transactions, WARM_UP);
		long started = System.nanoTime();
		appendOneByOne(chain, transactions, APPENDS);
		double seconds = (System.nanoTime() - started) / 1e9;
		print(database, "appends, one thread, one transaction each", APPENDS / seconds, "appends/s");

		started = System.nanoTime();
		appendConcurrently(chain, transactions, APPENDS);
		seconds = (System.nanoTime() - started) / 1e9;
		print(database, "appends, " + THREADS + " threads, one transaction each", APPENDS / seconds, "appends/s");

		long existing = jdbcTemplate.queryForObject("select last_sequence from audit_chain_head", Long.class);
		started = System.nanoTime();
		bulkLoad(jdbcTemplate, transactions, existing, VERIFIED_ENTRIES - existing);
		print(database, "bulk load to " + VERIFIED_ENTRIES + " entries", (System.nanoTime() - started) / 1e9, "s");

		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long heapBefore = runtime.totalMemory() - runtime.freeMemory();
		TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		readOnly.setReadOnly(true);
		started = System.nanoTime();
		ChainVerification verification = readOnly.execute(status -> chain.verify());
		seconds = (System.nanoTime() - started) / 1e9;
		long heapAfter = runtime.totalMemory() - runtime.freeMemory();
		print(database, "verify " + verification.entries() + " entries", seconds, "s");
		print(database, "verify rate", verification.entries() / seconds, "entries/s");
		print(database, "heap growth during verify", (heapAfter - heapBefore) / 1024.0 / 1024.0, "MiB");
		assertThat(verification.valid()).isTrue();
		assertThat(verification.entries()).isEqualTo(VERIFIED_ENTRIES);
	}

	private static void appendOneByOne(AuditChain chain, TransactionTemplate transactions, int count) {
		for (int i = 0; i < count; i++) {
			AuditEntry.Draft draft = draft(i);
			transactions.executeWithoutResult(status -> chain.append(draft));
		}
	}

	private static void appendConcurrently(AuditChain chain, TransactionTemplate transactions, int count) {
		try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				work.add(pool.submit(() -> appendOneByOne(chain, transactions, count / THREADS)));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes a correctly chained run of entries in large batches, far faster than the
	 * application appends, so that a million-entry chain is there to verify.
	 */
	private static void bulkLoad(JdbcTemplate jdbc, TransactionTemplate transactions, long after, long count) {
		String previous = jdbc.queryForObject("select last_hash from audit_chain_head", String.class);
		int batchSize = 10_000;
		long sequence = after;
		while (sequence < after + count) {
			List<Object[]> rows = new ArrayList<>(batchSize);
			for (int i = 0; i < batchSize && sequence < after + count; i++) {
				sequence++;
				AuditEntry entry = draft((int) sequence).chainedTo(sequence, previous);
				previous = entry.hash();
				rows.add(new Object[] { entry.sequence(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
						entry.actor(), entry.actorRoles(), entry.action(), entry.recordType(), entry.recordId(),
						entry.subjectRef(), entry.details(), entry.address(), entry.previousHash(), entry.hash() });
			}
			long last = sequence;
			String lastHash = previous;
			transactions.executeWithoutResult(status -> {
				jdbc.batchUpdate("""
						insert into audit_entries (sequence_number, occurred_at, actor, actor_roles, action,
						    record_type, record_id, subject_ref, details, address, previous_hash, entry_hash)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""", rows);
				jdbc.update("update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1", last,
						lastHash);
			});
		}
	}

	private static AuditEntry.Draft draft(int i) {
		return new AuditEntry.Draft(Instant.parse("2026-11-24T08:00:00Z").plusMillis(i), "leerkracht", "LEERKRACHT",
				"PERSON_OPENED", "PERSON", "L-" + (1000 + i % 500), "L-" + (1000 + i % 500), null,
				"192.0.2." + (i % 250));
	}

	private static void print(String database, String what, double value, String unit) {
		System.out.println(
				String.format(Locale.ROOT, "[audit benchmark] %-22s %-45s %,12.1f %s", database, what, value, unit));
	}

}
