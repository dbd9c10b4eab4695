package nl.mediaprotocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a fresh, empty database of its own: in-memory H2
 * by default, or a new database in a real PostgreSQL server (from Maven Central's
 * binaries) when the build runs with {@code -Dmediaprotocol.test.database=postgres}, as
 * its second test run does. Demo mode is off unless a test asks for it.
 */
public class TestDatabases implements ContextCustomizerFactory {

	static final String DATABASE_PROPERTY = "mediaprotocol.test.database";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty(DATABASE_PROPERTY));
	}

	/**
	 * The connection properties of a new, empty database of the kind this run tests on,
	 * for tests that start application instances of their own. An in-memory H2 database
	 * is shared by every instance in this JVM that opens the same URL.
	 */
	public static Map<String, Object> freshDatabase() {
		String name = "test" + databases.incrementAndGet();
		Map<String, Object> database = new HashMap<>(onPostgres() ? postgresDatabase(name)
				: Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
						"spring.datasource.username", "sa", "spring.datasource.password", ""));
		database.put("mediaprotocol.files.directory", freshFilesDirectory(name));
		return database;
	}

	/** An empty file store beside the database: a database's files belong to it alone. */
	private static String freshFilesDirectory(String name) {
		try {
			Path parent = Files.createDirectories(Path.of("target", "test-files"));
			return Files.createTempDirectory(parent, name + "-").toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a test file store", ex);
		}
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new FreshDatabase();
	}

	private static final class FreshDatabase implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> all = new HashMap<>(freshDatabase());
			all.put("mediaprotocol.demo.enabled", "false");
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource source = new MapPropertySource("mediaprotocolTestDatabase", all);
			// below a test's own inlined properties, above everything else
			if (sources.contains("Inlined Test Properties")) {
				sources.addAfter("Inlined Test Properties", source);
			}
			else {
				sources.addFirst(source);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof FreshDatabase;
		}

		@Override
		public int hashCode() {
			return FreshDatabase.class.hashCode();
		}

	}

	private static synchronized Map<String, Object> postgresDatabase(String name) {
		try {
			if (postgres == null) {
				postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
			}
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", name), "spring.datasource.username",
					"postgres", "spring.datasource.password", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL for the tests", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database", ex);
		}
	}

	private static void stopPostgres() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is going away; the data directory is temporary
		}
	}

}
