package nl.mediaprotocol.privacy;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.mediaprotocol.system.RetentionRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rules of every module with the periods the board set, and the purge that
 * applies them: every night, by one instance at a time; a dry run shows what the next
 * purge would do. Each run is recorded, and so is each kind purged, in the audit trail,
 * by count and never by content.
 */
@Service
class RetentionSchedule {

	static final String LOCK = "privacy-purge";

	private final List<RetentionRule> rules;

	private final PrivacyProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LockingTaskExecutor locks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetentionSchedule(List<RetentionRule> rules, PrivacyProperties properties, JdbcClient jdbc,
			TransactionTemplate transactions, LockProvider lockProvider, ApplicationEventPublisher events,
			Clock clock) {
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::kind)).toList();
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A rule as the FG sees it: the period in force, whether the board changed it, and
	 * why.
	 */
	record Rule(String kind, Period period, boolean boardSetting, String reason) {
	}

	/** What one rule did, or would do. */
	record Done(String kind, Period period, Instant cutoff, int records, String action) implements Serializable {
	}

	/** A purge or dry run as recorded. */
	record Run(long id, boolean dryRun, String startedBy, Instant startedAt, String summary) {
	}

	List<Rule> rules() {
		return this.rules.stream()
			.map(rule -> new Rule(rule.kind(), periodOf(rule), this.properties.retention().containsKey(rule.kind()),
					rule.reason()))
			.toList();
	}

	/** What the next purge would remove, changing nothing. */
	List<Done> dryRun(String by) {
		return run(true, by);
	}

	/**
	 * Purges what has expired, unless another instance is purging right now; then this
	 * one does nothing and says so with an empty list.
	 */
	List<Done> purge(String by) {
		return purge(by, Duration.ZERO);
	}

	/**
	 * The nightly purge fires on every instance at the same second; the lock is held for
	 * at least a minute, so that an instance a moment late finds it taken, instead of
	 * free again after a quick purge by another.
	 */
	@Scheduled(cron = "${mediaprotocol.privacy.purge-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	void everyNight() {
		purge("systeem", Duration.ofMinutes(1));
	}

	private List<Done> purge(String by, Duration lockAtLeast) {
		List<List<Done>> result = new ArrayList<>();
		this.locks.executeWithLock((Runnable) () -> result.add(run(false, by)),
				new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(1), lockAtLeast));
		return result.isEmpty() ? List.of() : result.getFirst();
	}

	List<Run> runs() {
		return this.jdbc.sql("select * from privacy_purge_runs order by id desc fetch first 20 rows only")
			.query((rs, row) -> new Run(rs.getLong("id"), rs.getBoolean("dry_run"), rs.getString("started_by"),
					rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("summary")))
			.list();
	}

	private List<Done> run(boolean dryRun, String by) {
		List<Done> done = new ArrayList<>();
		Instant now = this.clock.instant();
		for (RetentionRule rule : this.rules) {
			Period period = periodOf(rule);
			Instant cutoff = now.atZone(this.clock.getZone()).minus(period).toInstant();
			// each kind in its own transaction: a failing kind does not undo the others
			RetentionRule.Outcome outcome = this.transactions.execute(status -> rule.purge(cutoff, dryRun));
			done.add(new Done(rule.kind(), period, cutoff, outcome.records(), outcome.action()));
			if (!dryRun && outcome.records() > 0) {
				this.events.publishEvent(new PurgeEvent(rule.kind(), outcome.records() + " " + outcome.action()));
			}
		}
		String summary = done.stream()
			.map(item -> item.kind() + ": " + item.records())
			.collect(Collectors.joining(", "));
		this.transactions.executeWithoutResult(status -> this.jdbc.sql(
				"insert into privacy_purge_runs (dry_run, started_by, started_at, summary) values (:dry, :by, :at, :summary)")
			.param("dry", dryRun)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("summary", summary)
			.update());
		return done;
	}

	private Period periodOf(RetentionRule rule) {
		return this.properties.retention().getOrDefault(rule.kind(), rule.defaultPeriod());
	}

}
