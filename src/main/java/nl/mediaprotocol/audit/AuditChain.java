package nl.mediaprotocol.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored chain of audit entries: appends at the head, and verifies the whole chain.
 * Entries are only ever inserted; nothing here updates or deletes one.
 */
@Component
class AuditChain {

	/**
	 * How long a writer waits for its turn at the head. The database cannot see this
	 * wait, so it cannot break a deadlock through it (a writer holding a row another
	 * writer needs, waiting here for that writer): the wait ends it, and is kept short
	 * for that.
	 */
	static final Duration HEAD_WAIT = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	/**
	 * The head within this instance: taken before the head row is locked and let go when
	 * the transaction ends, so that this instance's appenders wait for each other in line
	 * here, however long it takes, rather than all at once on the row, where H2 gives up
	 * after two seconds (its lock time-out) when a busy machine slows the commits down.
	 * The row lock still orders the instances among themselves.
	 */
	private final ReentrantLock head = new ReentrantLock(true);

	AuditChain(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/**
	 * Appends an entry. Joins the caller's transaction when there is one, so that a state
	 * change and its entry are committed together, or neither is.
	 */
	@Transactional
	AuditEntry append(AuditEntry.Draft draft) {
		waitForTheHead();
		// locking the head gives every entry the next number, also across instances
		Head head = this.jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		AuditEntry entry = draft.chainedTo(head.lastSequence() + 1, head.lastHash());
		this.jdbc.sql("""
				insert into audit_entries (sequence_number, occurred_at, actor, actor_roles, action, record_type,
				    record_id, subject_ref, details, address, previous_hash, entry_hash)
				values (:sequence, :occurredAt, :actor, :roles, :action, :recordType, :recordId, :subjectRef,
				    :details, :address, :previousHash, :hash)
				""")
			.param("sequence", entry.sequence())
			.param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("roles", entry.actorRoles())
			.param("action", entry.action())
			.param("recordType", entry.recordType())
			.param("recordId", entry.recordId())
			.param("subjectRef", entry.subjectRef())
			.param("details", entry.details())
			.param("address", entry.address())
			.param("previousHash", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		this.jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
			.param("sequence", entry.sequence())
			.param("hash", entry.hash())
			.update();
		return entry;
	}

	/**
	 * Takes the head of this instance until the transaction ends (committed or rolled
	 * back); a transaction that holds it already, or one of its own started inside it,
	 * goes on.
	 */
	private void waitForTheHead() {
		if (this.head.isHeldByCurrentThread() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		try {
			if (!this.head.tryLock(HEAD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CannotAcquireLockException("The audit chain's head was busy for " + HEAD_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CannotAcquireLockException("Interrupted while waiting for the audit chain's head", ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				AuditChain.this.head.unlock();
			}
		});
	}

	/**
	 * Appends an entry in a transaction of its own: for what happens in a read-only
	 * transaction, such as opening a record.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	AuditEntry appendAlone(AuditEntry.Draft draft) {
		return append(draft);
	}

	/**
	 * Walks the whole chain in order, recomputing every hash, and reports the first entry
	 * that does not fit. Streams the rows, so a chain of millions of entries needs little
	 * memory.
	 */
	@Transactional(readOnly = true)
	ChainVerification verify() {
		Head head = this.jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		// where the chain starts after a purge of its oldest entries, and what they ended
		// in
		Walk walk = this.jdbc.sql("select first_sequence, anchor_hash from audit_chain_start where id = 1")
			.query((rs, row) -> new Walk(rs.getLong(1) - 1, rs.getString(2)))
			.single();
		this.streaming.query("select * from audit_entries order by sequence_number", walk::check);
		if (walk.broken != null) {
			return walk.broken;
		}
		if (walk.count != head.lastSequence() || !walk.lastHash.equals(head.lastHash())) {
			// entries were removed from the end, or the head was changed
			return ChainVerification.brokenAt(walk.count, walk.count + 1, ChainVerification.Problem.MISSING_ENTRY);
		}
		return ChainVerification.valid(walk.count);
	}

	static AuditEntry entryFrom(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("sequence_number"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("actor_roles"), rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getString("subject_ref"), rs.getString("details"),
				rs.getString("address"), rs.getString("previous_hash"), rs.getString("entry_hash"));
	}

	private record Head(long lastSequence, String lastHash) {
	}

	/** The state of one walk along the chain. */
	private static final class Walk {

		long count;

		String lastHash;

		@Nullable ChainVerification broken;

		Walk(long before, String anchor) {
			this.count = before;
			this.lastHash = anchor;
		}

		void check(ResultSet rs) throws SQLException {
			if (this.broken != null) {
				return;
			}
			AuditEntry entry = entryFrom(rs);
			long expected = this.count + 1;
			if (entry.sequence() != expected) {
				this.broken = ChainVerification.brokenAt(this.count, expected, ChainVerification.Problem.MISSING_ENTRY);
			}
			else if (!entry.previousHash().equals(this.lastHash)) {
				this.broken = ChainVerification.brokenAt(this.count, expected, ChainVerification.Problem.LINK_BROKEN);
			}
			else if (!entry.expectedHash().equals(entry.hash())) {
				this.broken = ChainVerification.brokenAt(this.count, expected, ChainVerification.Problem.ENTRY_CHANGED);
			}
			else {
				this.count = expected;
				this.lastHash = entry.hash();
			}
		}

	}

}
