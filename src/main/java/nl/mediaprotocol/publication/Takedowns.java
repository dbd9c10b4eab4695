package nl.mediaprotocol.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.consent.ConsentWithdrawn;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takedown after a withdrawal (3.1.6): every published post on a channel of the withdrawn
 * purpose that shows the person becomes one task per post and channel, for
 * communications, with a deadline in working days, daily reminders, and the director told
 * when it is late.
 */
@Service
class Takedowns {

	private static final Logger log = LoggerFactory.getLogger(Takedowns.class);

	private final Publications publications;

	private final JdbcClient jdbc;

	private final PublicationProperties properties;

	private final AccountRegistry accounts;

	private final Directory directory;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Takedowns(Publications publications, JdbcClient jdbc, PublicationProperties properties, AccountRegistry accounts,
			Directory directory, Mailer mailer, ApplicationEventPublisher events, Clock clock) {
		this.publications = publications;
		this.jdbc = jdbc;
		this.properties = properties;
		this.accounts = accounts;
		this.directory = directory;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs in the transaction of the withdrawal: the withdrawal and its takedown tasks
	 * are stored together, or neither is.
	 */
	@EventListener
	void on(ConsentWithdrawn withdrawn) {
		Instant now = this.clock.instant();
		for (Publications.Affected affected : this.publications.publishedShowing(withdrawn.ref(), withdrawn.purpose(),
				withdrawn.medium().name())) {
			boolean open = this.jdbc.sql("""
					select count(*) from takedown_tasks
					where publication_id = :publication and channel_code = :channel and done_at is null
					""")
				.param("publication", affected.publicationId())
				.param("channel", affected.channel())
				.query(Long.class)
				.single() > 0;
			if (open) {
				continue;
			}
			this.jdbc.sql("""
					insert into takedown_tasks (publication_id, channel_code, person_ref, reason, created_at, due_at)
					values (:publication, :channel, :ref, :reason, :now, :due)
					""")
				.param("publication", affected.publicationId())
				.param("channel", affected.channel())
				.param("ref", withdrawn.ref())
				.param("reason", withdrawn.purpose() + "/" + withdrawn.medium())
				.param("now", utc(now))
				.param("due", utc(WorkingDays.after(now, this.properties.takedownWorkingDays(), this.clock.getZone())))
				.update();
			this.events
				.publishEvent(new PublicationEvent(affected.publicationId(), "TAKEDOWN_REQUIRED", affected.channel()));
		}
	}

	@Transactional(readOnly = true)
	List<TakedownTask> open() {
		return tasks("done_at is null");
	}

	@Transactional(readOnly = true)
	List<TakedownTask> recent() {
		return tasks("done_at is not null").stream().limit(50).toList();
	}

	/** Records that the post was removed or edited, when and by whom. */
	@Transactional
	void complete(long id, CurrentUser by, TakedownTask.Outcome outcome, @Nullable String note) {
		TakedownTask task = tasks("id = " + id).stream()
			.findFirst()
			.orElseThrow(() -> new PublicationRefused("publication.refused.notFound"));
		if (!task.isOpen()) {
			throw new PublicationRefused("publication.takedown.alreadyDone");
		}
		this.jdbc.sql("""
				update takedown_tasks set done_at = :now, done_by = :by, outcome = :outcome, note = :note
				where id = :id
				""")
			.param("now", utc(this.clock.instant()))
			.param("by", by.getUsername())
			.param("outcome", outcome.name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", id)
			.update();
		this.events
			.publishEvent(new PublicationEvent(task.publicationId(), "TAKEN_DOWN", task.channel() + " " + outcome));
	}

	@Scheduled(cron = "${mediaprotocol.publication.takedown-cron:0 0 8 * * MON-FRI}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "takedown-reminders", lockAtLeastFor = "PT1M")
	void everyMorning() {
		remindAndEscalate();
	}

	/**
	 * Reminds communications of every open task once a day, and tells the directors once
	 * when a task is past its deadline.
	 */
	@Transactional
	int[] remindAndEscalate() {
		Instant now = this.clock.instant();
		int reminded = 0;
		int escalated = 0;
		for (TakedownTask task : open()) {
			if (task.isOverdueAt(now) && task.escalatedAt() == null) {
				writeTo(Role.DIRECTEUR, "publication.takedown.mail.overdue", task);
				mark(task.id(), "escalated_at", now);
				escalated++;
			}
			else if (task.remindedAt() == null || !task.remindedAt().plus(Duration.ofHours(20)).isAfter(now)) {
				writeTo(Role.COMMUNICATIE, "publication.takedown.mail.reminder", task);
				mark(task.id(), "reminded_at", now);
				reminded++;
			}
		}
		log.info("Takedown: {} reminders, {} escalations", reminded, escalated);
		return new int[] { reminded, escalated };
	}

	private void writeTo(Role role, String key, TakedownTask task) {
		if (!this.mailer.isAvailable()) {
			return;
		}
		List<String> refs = this.accounts.holdersOf(role)
			.stream()
			.map(AccountRegistry.RoleHolder::personRef)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		for (PersonFacts person : this.directory.facts(refs)) {
			this.mailer.send(person.email(), key, new Object[] { task.publicationId() },
					new Object[] { person.firstName(), task.publicationId(), task.channel(),
							this.mailer.link("/publications/takedowns") });
		}
	}

	private void mark(long id, String column, Instant at) {
		this.jdbc.sql("update takedown_tasks set " + column + " = :at where id = :id")
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	private List<TakedownTask> tasks(String condition) {
		return this.jdbc.sql("select * from takedown_tasks where " + condition + " order by due_at, id")
			.query((rs, row) -> new TakedownTask(rs.getLong("id"), rs.getLong("publication_id"),
					rs.getString("channel_code"), rs.getString("person_ref"), rs.getString("reason"),
					instant(rs.getObject("created_at", OffsetDateTime.class)),
					instant(rs.getObject("due_at", OffsetDateTime.class)),
					nullable(rs.getObject("reminded_at", OffsetDateTime.class)),
					nullable(rs.getObject("escalated_at", OffsetDateTime.class)),
					nullable(rs.getObject("done_at", OffsetDateTime.class)), rs.getString("done_by"),
					rs.getString("outcome"), rs.getString("note")))
			.list();
	}

	private static Instant instant(OffsetDateTime time) {
		return time.toInstant();
	}

	private static @Nullable Instant nullable(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
