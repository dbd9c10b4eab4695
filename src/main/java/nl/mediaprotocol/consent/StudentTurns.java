package nl.mediaprotocol.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's turn to have a decision about them recorded, or a student's turn to have
 * their coverage rows worked out: taken before, held until the transaction ends. A second
 * decision about the same student at the same moment, say from the other guardian, waits
 * and then sees both decisions. The turn belongs to this module, not to a directory row:
 * an import that holds the directory's rows does not hold up a parent's answer. On
 * PostgreSQL a transaction-level advisory lock per student, shared by every instance; on
 * the embedded database, which one process opens, a lock in that process. Several
 * students' turns are always taken in one order, so two callers never wait for each other
 * crosswise.
 */
@Component
class StudentTurns {

	/** The first half of the advisory lock's key: this module's turns, no one else's. */
	private static final int ADVISORY_CLASS = 0x436f7665;

	private static final int STRIPES = 1024;

	/** At most this long in the embedded database, then a clear failure, not a hang. */
	private static final long WAIT_SECONDS = 30;

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	StudentTurns(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.postgres = isPostgres(dataSource);
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					metaData -> metaData.getDatabaseProductName());
			return product.toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	/** Takes these students' turns until the caller's transaction ends. */
	void take(Collection<String> studentRefs) {
		if (studentRefs.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A student's turn lasts a transaction, and none is active");
		}
		if (this.postgres) {
			// the keys sorted in a fenced subquery (offset 0), so taken in that order
			this.jdbc
				.sql("""
						select count(pg_advisory_xact_lock(:class, turn)) from (
						  select distinct hashtext(ref) as turn from unnest(:refs) as refs(ref) order by turn offset 0) turns""")
				.param("class", ADVISORY_CLASS)
				.param("refs", studentRefs.toArray(String[]::new))
				.query(Long.class)
				.single();
		}
		else {
			takeInThisProcess(studentRefs);
		}
	}

	private void takeInThisProcess(Collection<String> studentRefs) {
		int[] wanted = studentRefs.stream()
			.mapToInt(ref -> Math.floorMod(ref.hashCode(), STRIPES))
			.distinct()
			.sorted()
			.toArray();
		List<ReentrantLock> taken = new ArrayList<>(wanted.length);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				taken.forEach(ReentrantLock::unlock);
			}
		});
		for (int stripe : wanted) {
			ReentrantLock lock = this.stripes[stripe];
			try {
				if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
					throw new IllegalStateException("A student's coverage was being worked out elsewhere for "
							+ WAIT_SECONDS + " s; try again");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for a student's turn", ex);
			}
			taken.add(lock);
		}
	}

}
