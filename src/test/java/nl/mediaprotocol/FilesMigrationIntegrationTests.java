package nl.mediaprotocol;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import nl.mediaprotocol.system.FileStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before version 20, with files in its rows, starts on the new version
 * with every file moved to the store under the key its row now holds, and no bytes left
 * in the database; a consent scan already purged stays without a file.
 */
class FilesMigrationIntegrationTests {

	private static final OffsetDateTime AT = OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

	@Test
	void theFilesInAnOlderDatabaseAreMovedToTheStoreAndTheBytesLeaveTheDatabase() throws Exception {
		Map<String, Object> database = olderDatabase("19", connection -> {
			insert(connection,
					"insert into consent_scans (id, subject_ref, file_name, content_type, content, uploaded_by,"
							+ " uploaded_at) values (1, 'L-1', 'formulier.pdf', 'application/pdf', ?, 'tl', ?)",
					bytes("scan"));
			insert(connection,
					"insert into consent_scans (id, subject_ref, file_name, content_type, content, uploaded_by,"
							+ " uploaded_at) values (2, 'L-1', '(verwijderd na de bewaartermijn)', 'application/pdf', ?, 'tl', ?)",
					new byte[0]);
			publicationWithMedia(connection);
			reportWithEvidence(connection);
			insert(connection,
					"insert into cases (id, subject_ref, subject_kind, title, handler, transgressive, status,"
							+ " opened_at) values (1, 'L-1', 'STUDENT', 'Zaak', 'tl', false, 'OPEN', ?)");
			insert(connection, "insert into case_entries (id, case_id, kind, text, author, happened_at, recorded_at)"
					+ " values (1, 1, 'NOTE', 'brief', 'tl', ?, ?)");
			insert(connection, "insert into case_attachments (entry_id, file_name, content_type, content)"
					+ " values (1, 'brief.pdf', 'application/pdf', ?)", bytes("attachment"));
		});

		try (ConfigurableApplicationContext app = RunningApp.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			FileStore store = app.getBean(FileStore.class);
			for (String table : new String[] { "publication_media", "report_evidence", "case_attachments" }) {
				String key = jdbc.sql("select file_key from " + table).query(String.class).single();
				assertThat(store.get(key)).as(table)
					.hasValueSatisfying(content -> assertThat(new String(content, StandardCharsets.US_ASCII))
						.isEqualTo(table.equals("publication_media") ? "media"
								: table.equals("report_evidence") ? "evidence" : "attachment"));
			}
			String scan = jdbc.sql("select file_key from consent_scans where id = 1").query(String.class).single();
			assertThat(store.get(scan)).hasValueSatisfying(content -> assertThat(content).isEqualTo(bytes("scan")));
			assertThat(jdbc.sql("select count(*) from consent_scans where id = 2 and file_key is null")
				.query(Long.class)
				.single()).as("a purged scan has no file").isOne();
			assertThat(jdbc
				.sql("""
						select count(*) from information_schema.columns
						where lower(table_name) in ('consent_scans', 'publication_media', 'report_evidence', 'case_attachments')
						  and lower(column_name) = 'content'
						""")
				.query(Long.class)
				.single()).as("no bytes left in the database").isZero();
		}
	}

	@Test
	void aMoveThatStoppedHalfwayIsTakenUpWhereItStopped() throws Exception {
		// on H2 every alter table commits: a crash can leave one table done and the next
		// not
		String movedEarlier = "0123456789abcdef0123456789abcdef";
		Map<String, Object> database = olderDatabase("20", connection -> {
			publicationWithMedia(connection);
			insert(connection, "update publication_media set file_key = '" + movedEarlier + "'");
			insert(connection, "alter table publication_media drop column content");
			reportWithEvidence(connection);
		});

		try (ConfigurableApplicationContext app = RunningApp.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select file_key from publication_media").query(String.class).single())
				.as("the table done before the crash is left as it was")
				.isEqualTo(movedEarlier);
			String evidence = jdbc.sql("select file_key from report_evidence").query(String.class).single();
			assertThat(app.getBean(FileStore.class).get(evidence))
				.hasValueSatisfying(content -> assertThat(content).isEqualTo(bytes("evidence")));
		}
	}

	interface Rows {

		void write(Connection connection) throws SQLException;

	}

	/**
	 * A fresh database migrated up to the version, with the rows written into it, as the
	 * properties an instance starts on.
	 */
	private static Map<String, Object> olderDatabase(String version, Rows rows) throws SQLException {
		Map<String, Object> database = new HashMap<>(TestDatabases.freshDatabase());
		String url = (String) database.get("spring.datasource.url");
		String username = (String) database.get("spring.datasource.username");
		String password = (String) database.get("spring.datasource.password");
		Flyway.configure().dataSource(url, username, password).target(version).load().migrate();
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			rows.write(connection);
		}
		database.put("server.port", "0");
		database.put("mediaprotocol.demo.enabled", "false");
		return database;
	}

	private static void publicationWithMedia(Connection connection) throws SQLException {
		insert(connection, "insert into publications (id, kind, author, text, status, created_at, updated_at)"
				+ " values (1, 'BOARD', 'comm', '', 'DRAFT', ?, ?)");
		insert(connection, "insert into publication_media (publication_id, medium, file_name, content_type, content,"
				+ " faces, unrecognisable, uploaded_at) values (1, 'AUDIO', 'lied.mp3', 'audio/mpeg', ?, 0, 0, ?)",
				bytes("media"));
	}

	private static void reportWithEvidence(Connection connection) throws SQLException {
		insert(connection, "insert into reports (id, receipt_code, category, what, unit_code, addressed_to, status,"
				+ " created_at, acknowledge_due_at, feedback_due_at) values (1, 'R1', 'BULLYING', 'x', 'U', 'TEAMLEIDER',"
				+ " 'RECEIVED', ?, ?, ?)");
		insert(connection, "insert into report_evidence (report_id, file_name, content_type, content, added_at)"
				+ " values (1, 'screenshot.png', 'image/png', ?, ?)", bytes("evidence"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** Binds the content, if any, then the same moment to every other parameter. */
	private static void insert(Connection connection, String sql, byte[]... content) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int parameters = statement.getParameterMetaData().getParameterCount();
			int next = 1;
			for (byte[] bytes : content) {
				statement.setBytes(next++, bytes);
			}
			while (next <= parameters) {
				statement.setObject(next++, AT);
			}
			statement.executeUpdate();
		}
	}

}
