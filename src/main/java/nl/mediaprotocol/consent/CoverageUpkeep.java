package nl.mediaprotocol.consent;

import java.util.List;

import nl.mediaprotocol.directory.GuardiansChanged;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@link CoverageStates} right: with the directory when an import changes a
 * student's guardians (in the import's transaction), and every night by working every
 * student's rows out again and correcting those that drifted, e.g. written by hand in the
 * database, or missed by a change this code does not know of.
 */
@Component
class CoverageUpkeep {

	private static final Logger log = LoggerFactory.getLogger(CoverageUpkeep.class);

	private final CoverageStates states;

	private final TransactionTemplate transactions;

	CoverageUpkeep(CoverageStates states, PlatformTransactionManager transactions) {
		this.states = states;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Only the decisions of a student's own guardians count (3.1.6). */
	@EventListener
	void on(GuardiansChanged changed) {
		this.states.refresh(changed.studentRefs());
	}

	@Scheduled(cron = "${mediaprotocol.consent.coverage-cron:0 15 2 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "consent-coverage-reconcile", lockAtLeastFor = "PT1M", lockAtMostFor = "PT3H")
	void everyNight() {
		long started = System.nanoTime();
		int corrected = reconcile();
		log.info("Consent coverage reconciled: {} rows corrected, in {} s", corrected,
				(System.nanoTime() - started) / 1_000_000_000);
	}

	/**
	 * Walks the register a batch of people at a time, each batch in a transaction of its
	 * own; says how many rows it corrected.
	 */
	int reconcile() {
		int corrected = 0;
		String after = "";
		List<String> batch;
		while (!(batch = this.states.decidedAfter(after, CoverageStates.BATCH)).isEmpty()) {
			List<String> refs = batch;
			corrected += this.transactions.execute(status -> this.states.reconcile(refs));
			after = batch.getLast();
		}
		corrected += this.transactions.execute(status -> this.states.removeWithoutDecisions());
		return corrected;
	}

}
