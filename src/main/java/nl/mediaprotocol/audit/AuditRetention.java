package nl.mediaprotocol.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the oldest entries of the trail once they are past their retention period. The
 * chain then starts at the first entry kept, anchored on the hash of the last one
 * removed, so that what remains still verifies; removing from the start is the only
 * removal there is.
 */
@Service
public class AuditRetention {

	private final JdbcClient jdbc;

	AuditRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Removes (or with a dry run only counts) every entry from before the cut-off, and
	 * says how many.
	 */
	@Transactional
	public int purgeBefore(Instant cutoff, boolean dryRun) {
		// the head's lock keeps appends out while the start moves
		this.jdbc.sql("select last_sequence from audit_chain_head where id = 1 for update").query(Long.class).single();
		long first = this.jdbc.sql("select first_sequence from audit_chain_start where id = 1")
			.query(Long.class)
			.single();
		Long last = this.jdbc.sql("select max(sequence_number) from audit_entries where occurred_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (last == null || last < first) {
			return 0;
		}
		int removed = (int) (last - first + 1);
		if (!dryRun) {
			String anchor = this.jdbc.sql("select entry_hash from audit_entries where sequence_number = :last")
				.param("last", last)
				.query(String.class)
				.single();
			this.jdbc.sql("delete from audit_entries where sequence_number <= :last").param("last", last).update();
			this.jdbc.sql("update audit_chain_start set first_sequence = :next, anchor_hash = :anchor where id = 1")
				.param("next", last + 1)
				.param("anchor", anchor)
				.update();
		}
		return removed;
	}

}
