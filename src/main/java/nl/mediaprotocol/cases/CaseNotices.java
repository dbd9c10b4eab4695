package nl.mediaprotocol.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.Mailer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails about cases: the bestuur hears at once of a possible sexual offence, and whoever
 * has an overdue task is reminded. A mail carries no content of the case, only a link:
 * the case is read in the application, where every read is recorded.
 */
@Component
class CaseNotices {

	private final CaseRecords records;

	private final AccountRegistry accounts;

	private final Directory directory;

	private final Mailer mailer;

	private final CaseDeadlines deadlines;

	private final Clock clock;

	CaseNotices(CaseRecords records, AccountRegistry accounts, Directory directory, Mailer mailer,
			CaseDeadlines deadlines, Clock clock) {
		this.records = records;
		this.accounts = accounts;
		this.directory = directory;
		this.mailer = mailer;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** The statutory duty: the bestuur hears directly, not through a school leader. */
	void tellBestuur(long caseId) {
		for (PersonFacts person : people(usernamesOf(Role.BESTUURDER))) {
			this.mailer.send(person.email(), "cases.mail.statutory", new Object[] { caseId },
					new Object[] { person.firstName(), caseId, this.mailer.link("/cases/" + caseId) });
		}
	}

	@Scheduled(cron = "${mediaprotocol.cases.reminder-cron:0 15 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "case-task-reminders", lockAtLeastFor = "PT1M")
	@Transactional
	void everyHour() {
		remindOverdue();
	}

	/** Reminds the assignee of every overdue task, once per {@code remindEvery}. */
	@Transactional
	int remindOverdue() {
		Instant now = this.clock.instant();
		List<CaseTask> overdue = this.records.overdueToRemind(now, now.minus(this.deadlines.remindEvery()));
		List<Long> reminded = new ArrayList<>();
		for (CaseTask task : overdue) {
			Set<String> usernames = task.assignee() != null ? Set.of(task.assignee())
					: usernamesOf(Objects.requireNonNull(task.assigneeRole()));
			for (PersonFacts person : people(usernames)) {
				this.mailer.send(person.email(), "cases.mail.overdue", new Object[] { task.caseId() }, new Object[] {
						person.firstName(), task.caseId(), this.mailer.link("/cases/" + task.caseId()) });
			}
			reminded.add(task.id());
		}
		this.records.reminded(reminded, now);
		return reminded.size();
	}

	private Set<String> usernamesOf(Role role) {
		Set<String> usernames = new LinkedHashSet<>();
		this.accounts.holdersOf(role).forEach(holder -> usernames.add(holder.username()));
		return usernames;
	}

	private List<PersonFacts> people(Set<String> usernames) {
		if (!this.mailer.isAvailable()) {
			return List.of();
		}
		List<String> refs = usernames.stream()
			.map(this.accounts::personRefOf)
			.flatMap(java.util.Optional::stream)
			.distinct()
			.toList();
		return this.directory.facts(refs);
	}

}
