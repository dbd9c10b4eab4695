package nl.mediaprotocol.scale;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL from Maven Central's binaries whose data stays under
 * {@code target/scale-postgres} between runs, for a machine without a PostgreSQL server.
 * Tuned for bulk loading and for a 24 GiB machine, not for durability; logs to
 * {@code target/scale-postgres/log}.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start() throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(NationalScaleData.EMBEDDED_DATA.toAbsolutePath())
			.setCleanDataDirectory(false)
			.setPort(Integer.getInteger("db.port", NationalScaleData.EMBEDDED_PORT))
			.setServerConfig("shared_buffers", System.getProperty("db.shared-buffers", "2GB"))
			.setServerConfig("work_mem", "32MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("max_connections", "200")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			// the server log under the data directory, and auto_explain at hand for the
			// plans (off until HotPathsBenchmark sets a minimum duration)
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", "log")
			.setServerConfig("log_filename", "postgresql.log")
			.setServerConfig("session_preload_libraries", "auto_explain")
			.start();
		NationalScaleData.print("embedded PostgreSQL",
				postgres.getJdbcUrl("postgres", "postgres") + " (data in " + NationalScaleData.EMBEDDED_DATA + ")");
		return new EmbeddedDatabase(postgres);
	}

	String url() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
