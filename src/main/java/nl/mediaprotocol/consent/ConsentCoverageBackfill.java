package nl.mediaprotocol.consent;

import java.time.Clock;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 24.1 (see {@code V24__consent_coverage.sql}): works out the coverage of every
 * student with a decision, with the register's own rules ({@link CoverageStates}), a
 * thousand people at a time. Spring Boot hands every {@link JavaMigration} bean to
 * Flyway, which runs it between versions 24 and 25 like a SQL migration, in one
 * transaction.
 */
@Component
class ConsentCoverageBackfill implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(ConsentCoverageBackfill.class);

	private final Clock clock;

	ConsentCoverageBackfill(Clock clock) {
		this.clock = clock;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("24.1");
	}

	@Override
	public String getDescription() {
		return "consent coverage worked out";
	}

	@Override
	public @Nullable Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		long started = System.nanoTime();
		CoverageStates states = new CoverageStates(new SingleConnectionDataSource(context.getConnection(), true),
				this.clock);
		int people = 0;
		int rows = 0;
		String after = "";
		List<String> batch;
		while (!(batch = states.decidedAfter(after, CoverageStates.BATCH)).isEmpty()) {
			List<CoverageStates.State> expected = states.expected(batch);
			states.insert(expected);
			people += batch.size();
			rows += expected.size();
			after = batch.getLast();
		}
		log.info("Consent coverage: {} rows for {} people with decisions, in {} ms", rows, people,
				(System.nanoTime() - started) / 1_000_000);
	}

}
