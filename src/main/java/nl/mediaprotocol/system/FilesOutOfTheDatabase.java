package nl.mediaprotocol.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration 20.1 (see {@code V20__uploaded_files_in_a_store.sql}): moves the files that
 * earlier versions kept in the database into the file store, one row at a time, and then
 * drops the bytes. Spring Boot hands every {@link JavaMigration} bean to Flyway, which
 * runs it between versions 20 and 21 like a SQL migration. On PostgreSQL it runs in one
 * transaction: when it fails, no row loses its bytes, and the files already written are
 * orphans the sweep removes. H2 commits at every {@code alter table}, so there a crash
 * can leave some tables done and others not; the migration then runs again and picks up
 * where it stopped (a table without its bytes column is done).
 */
@Component
class FilesOutOfTheDatabase implements JavaMigration {

	/** The tables with uploaded files; a consent scan may have none after a purge. */
	private static final List<String> TABLES = List.of("consent_scans", "publication_media", "report_evidence",
			"case_attachments");

	private static final String PURGEABLE = "consent_scans";

	private final FileStore store;

	FilesOutOfTheDatabase(FileStore store) {
		this.store = store;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("20.1");
	}

	@Override
	public String getDescription() {
		return "uploaded files moved to the store";
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
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> notDone = new ArrayList<>();
		for (String table : TABLES) {
			if (hasContentColumn(connection, table)) {
				moveFiles(connection, table);
				notDone.add(table);
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : notDone) {
				statement.execute("alter table " + table + " drop column content");
			}
			for (String table : TABLES) {
				if (!table.equals(PURGEABLE)) {
					statement.execute("alter table " + table + " alter column file_key set not null");
				}
			}
		}
	}

	private static boolean hasContentColumn(Connection connection, String table) throws SQLException {
		try (PreparedStatement columns = connection.prepareStatement("""
				select count(*) from information_schema.columns
				where lower(table_schema) = lower(current_schema) and lower(table_name) = ?
				  and lower(column_name) = 'content'
				""")) {
			columns.setString(1, table);
			try (ResultSet count = columns.executeQuery()) {
				count.next();
				return count.getInt(1) > 0;
			}
		}
	}

	private void moveFiles(Connection connection, String table) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select id from " + table + " where file_key is null")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		try (PreparedStatement read = connection.prepareStatement("select content from " + table + " where id = ?");
				PreparedStatement keep = connection
					.prepareStatement("update " + table + " set file_key = ? where id = ?")) {
			for (long id : ids) {
				read.setLong(1, id);
				byte[] content;
				try (ResultSet row = read.executeQuery()) {
					row.next();
					content = row.getBytes(1);
				}
				// a purged scan's bytes were already emptied: nothing to keep
				if (content.length == 0 && table.equals(PURGEABLE)) {
					continue;
				}
				keep.setString(1, this.store.put(content));
				keep.setLong(2, id);
				keep.executeUpdate();
			}
		}
	}

}
