package nl.mediaprotocol.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the kept dashboard views again while people look at them, so that a look finds
 * figures counted lately, and forgets the views nobody looked at for a while. One
 * instance at a time does it.
 */
@Component
class KeptFiguresUpkeep {

	private static final Logger log = LoggerFactory.getLogger(KeptFiguresUpkeep.class);

	private final KeptFigures kept;

	private final Dashboard dashboard;

	private final Clock clock;

	private final Duration forgetAfter;

	KeptFiguresUpkeep(KeptFigures kept, Dashboard dashboard, Clock clock,
			@Value("${mediaprotocol.insights.kept-figures-forget-after:7d}") Duration forgetAfter) {
		this.kept = kept;
		this.dashboard = dashboard;
		this.clock = clock;
		this.forgetAfter = forgetAfter;
	}

	@Scheduled(cron = "${mediaprotocol.insights.kept-figures-cron:0 */15 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "insights-kept-figures", lockAtLeastFor = "PT1M", lockAtMostFor = "PT1H")
	void everyQuarter() {
		long started = System.nanoTime();
		Done done = countAgain();
		if (done.countedAgain() + done.forgotten() > 0) {
			log.info("Dashboard figures kept: {} views counted again, {} forgotten, in {} ms", done.countedAgain(),
					done.forgotten(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** How many kept views a round counted again, and how many it forgot. */
	record Done(int countedAgain, int forgotten) {
	}

	/**
	 * Forgets the views nobody looked at lately and counts the others again; says how
	 * many of each. A view that fails to count is logged and left as it was.
	 */
	Done countAgain() {
		Instant since = this.clock.instant().minus(this.forgetAfter);
		int forgotten = this.kept.forgetNotLookedAtSince(since);
		int counted = 0;
		for (KeptFigures.View view : this.kept.lookedAtSince(since)) {
			try {
				if (this.dashboard.countAgain(view)) {
					counted++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Dashboard figures of a kept view could not be counted again; the last count stays", ex);
			}
		}
		return new Done(counted, forgotten);
	}

}
