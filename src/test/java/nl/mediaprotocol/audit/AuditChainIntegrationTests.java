package nl.mediaprotocol.audit;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditChainIntegrationTests {

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditRetention retention;

	long before;

	@BeforeEach
	void appendFiveEntries() {
		this.before = count();
		for (int i = 1; i <= 5; i++) {
			this.chain.append(new AuditEntry.Draft(Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i), "fg", "FG",
					"TEST_ACTION", "TEST", "record-" + i, "L-100" + i, "detail " + i, "127.0.0.1"));
		}
	}

	@Test
	void anUntouchedChainIsValidAndCountsEveryEntry() {
		ChainVerification verification = this.chain.verify();

		assertThat(verification.valid()).isTrue();
		assertThat(verification.entries()).isEqualTo(this.before + 5);
		assertThat(verification.brokenAt()).isNull();
	}

	@Test
	void purgingTheOldestEntriesKeepsTheRestVerifiableAndLaterTamperingDetected() {
		int removed = this.retention.purgeBefore(Instant.parse("2026-11-24T10:00:03.500Z"), true);
		assertThat(removed).as("a dry run counts").isEqualTo((int) this.before + 3);
		assertThat(count()).isEqualTo(this.before + 5);

		assertThat(this.retention.purgeBefore(Instant.parse("2026-11-24T10:00:03.500Z"), false)).isEqualTo(removed);
		assertThat(count()).isEqualTo(2);
		assertThat(this.chain.verify().valid()).isTrue();
		assertThat(this.retention.purgeBefore(Instant.parse("2026-11-24T10:00:03.500Z"), false))
			.as("twice changes nothing")
			.isZero();

		this.chain.append(new AuditEntry.Draft(Instant.parse("2026-11-24T10:00:09Z"), "fg", "FG", "TEST_ACTION", "TEST",
				"record-9", null, null, null));
		assertThat(this.chain.verify().valid()).isTrue();
		long kept = this.before + 4;
		this.jdbc.sql("delete from audit_entries where sequence_number = :seq").param("seq", kept).update();
		assertThat(this.chain.verify().valid()).as("removing one that is kept breaks the chain").isFalse();
	}

	@Test
	void eachEntryCarriesTheHashOfTheOneBefore() {
		var links = this.jdbc.sql("select previous_hash, entry_hash from audit_entries order by sequence_number")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();

		assertThat(links.getFirst()[0]).isEqualTo(AuditEntry.GENESIS_HASH);
		for (int i = 1; i < links.size(); i++) {
			assertThat(links.get(i)[0]).isEqualTo(links.get(i - 1)[1]);
		}
	}

	@Test
	void aChangedEntryIsDetected() {
		long third = this.before + 3;
		this.jdbc.sql("update audit_entries set record_id = 'record-x' where sequence_number = ?")
			.param(third)
			.update();

		ChainVerification verification = this.chain.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(third);
		assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ENTRY_CHANGED);
		assertThat(verification.entries()).isEqualTo(third - 1);
	}

	@Test
	void aChangedEntryWithARecomputedHashBreaksTheNextLink() {
		long third = this.before + 3;
		AuditEntry entry = this.jdbc.sql("select * from audit_entries where sequence_number = ?")
			.param(third)
			.query((rs, row) -> AuditChain.entryFrom(rs))
			.single();
		AuditEntry forged = new AuditEntry(entry.sequence(), entry.occurredAt(), "someone-else", entry.actorRoles(),
				entry.action(), entry.recordType(), entry.recordId(), entry.subjectRef(), entry.details(),
				entry.address(), entry.previousHash(), "");
		this.jdbc.sql("update audit_entries set actor = ?, entry_hash = ? where sequence_number = ?")
			.params(forged.actor(), forged.expectedHash(), third)
			.update();

		ChainVerification verification = this.chain.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(third + 1);
		assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
	}

	@Test
	void aDeletedEntryIsDetected() {
		long second = this.before + 2;
		this.jdbc.sql("delete from audit_entries where sequence_number = ?").param(second).update();

		ChainVerification verification = this.chain.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(second);
		assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.MISSING_ENTRY);
	}

	@Test
	void entriesDeletedFromTheEndAreDetected() {
		long last = this.before + 5;
		this.jdbc.sql("delete from audit_entries where sequence_number >= ?").param(last - 1).update();

		ChainVerification verification = this.chain.verify();

		assertThat(verification.valid()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(last - 1);
		assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.MISSING_ENTRY);
	}

	@Test
	void aChangeThatIsRolledBackLeavesNoEntry() {
		long entries = count();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new TestEvent("rolled-back"));
			throw new IllegalStateException("the change fails");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(count()).isEqualTo(entries);
	}

	@Test
	void aCommittedChangeIsRecordedWithItsTransaction() {
		long entries = count();
		// the test framework binds a mock request to the test's thread; a change made by
		// a
		// schedule runs outside any request
		RequestContextHolder.resetRequestAttributes();

		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new TestEvent("committed")));

		assertThat(count()).isEqualTo(entries + 1);
		assertThat(this.jdbc.sql("select actor from audit_entries where record_id = 'committed'")
			.query(String.class)
			.single()).isEqualTo(AuditRecorder.SYSTEM);
		assertThat(this.chain.verify().valid()).isTrue();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
	}

	record TestEvent(String id) implements AuditableEvent {

		@Override
		public String action() {
			return "TEST_CHANGED";
		}

		@Override
		public AuditedRecord record() {
			return AuditedRecord.of("TEST", this.id);
		}

	}

}
