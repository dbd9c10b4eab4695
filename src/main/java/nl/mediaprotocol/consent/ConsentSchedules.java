package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the consent register does every morning: tell students who turned 16 that they now
 * decide (3.1.6), remind those who have not answered a round, and send the yearly notice.
 */
@Component
class ConsentSchedules {

	private static final Logger log = LoggerFactory.getLogger(ConsentSchedules.class);

	/** A student is still told if the schedule missed their birthday by up to this. */
	private static final int CATCH_UP_DAYS = 14;

	private final ConsentRounds rounds;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Clock clock;

	ConsentSchedules(ConsentRounds rounds, Directory directory, JdbcClient jdbc, Mailer mailer, Clock clock) {
		this.rounds = rounds;
		this.directory = directory;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Scheduled(cron = "${mediaprotocol.consent.cron:0 30 6 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "consent-morning", lockAtLeastFor = "PT1M")
	void everyMorning() {
		int told = tellStudentsWhoTurned16();
		int reminded = this.rounds.sendReminders();
		int notices = this.rounds.sendYearlyNoticeIfDue();
		log.info("Consent: {} students told they now decide, {} reminders, {} yearly notice rounds", told, reminded,
				notices);
	}

	/**
	 * Tells every student whose sixteenth birthday is today (or was missed in the last
	 * days) that from now on they decide, and that they can withdraw; once per student.
	 */
	@Transactional
	int tellStudentsWhoTurned16() {
		LocalDate today = LocalDate.now(this.clock);
		List<String> candidates = this.jdbc.sql("""
				select p.ref from people p
				where p.kind = 'STUDENT' and p.date_of_birth is not null
				  and p.date_of_birth > :oldest and p.date_of_birth <= :youngest
				  and not exists (select 1 from consent_age_notices n where n.student_ref = p.ref)
				""")
			// born between 16 years and CATCH_UP_DAYS ago and 16 years ago today, with a
			// day
			// of margin for 29 February
			.param("oldest", today.minusYears(Subject.AGE_OF_OWN_DECISION).minusDays(CATCH_UP_DAYS + 1))
			.param("youngest", today.minusYears(Subject.AGE_OF_OWN_DECISION))
			.query(String.class)
			.list();
		int told = 0;
		for (PersonFacts student : this.directory.facts(candidates)) {
			LocalDate birthday = Subject.sixteenthBirthday(student.dateOfBirth());
			if (birthday.isAfter(today) || birthday.isBefore(today.minusDays(CATCH_UP_DAYS))) {
				continue;
			}
			tell(student);
			this.jdbc
				.sql("insert into consent_age_notices (student_ref, turned_16_on, notified_at)"
						+ " values (:ref, :birthday, :at)")
				.param("ref", student.ref())
				.param("birthday", birthday)
				.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update();
			told++;
		}
		return told;
	}

	private void tell(PersonFacts student) {
		// without an e-mail address, the portal tells them at their next visit
		this.mailer.send(student.email(), "consent.mail.sixteen", new Object[0],
				new Object[] { student.firstName(), this.mailer.link("/consent") });
	}

}
