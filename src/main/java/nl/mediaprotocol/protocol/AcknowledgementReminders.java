package nl.mediaprotocol.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.system.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds employees by e-mail who have not confirmed the version in force some days after
 * it took effect, and again after as many days, until they confirm it.
 */
@Component
@Cites("3.1.4")
class AcknowledgementReminders {

	private static final Logger log = LoggerFactory.getLogger(AcknowledgementReminders.class);

	private static final Locale DUTCH = Locale.of("nl");

	private final Protocol protocol;

	private final Acknowledgements acknowledgements;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final ProtocolProperties properties;

	private final Clock clock;

	AcknowledgementReminders(Protocol protocol, Acknowledgements acknowledgements, Directory directory, JdbcClient jdbc,
			Mailer mailer, ProtocolProperties properties, Clock clock) {
		this.protocol = protocol;
		this.acknowledgements = acknowledgements;
		this.directory = directory;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${mediaprotocol.protocol.reminder-cron:0 0 7 * * MON-FRI}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "protocol-acknowledgement-reminders", lockAtLeastFor = "PT1M")
	void onSchedule() {
		sendDue();
	}

	/** Sends the reminders that are due now; answers how many went out. */
	int sendDue() {
		ProtocolVersion version = this.protocol.inForce().orElse(null);
		if (!this.mailer.isAvailable() || version == null) {
			if (!this.mailer.isAvailable()) {
				log.info("No mail server configured (spring.mail.host); protocol reminders are not sent");
			}
			return 0;
		}
		Instant now = this.clock.instant();
		Instant inForceSince = version.effectiveFrom().atStartOfDay(this.clock.getZone()).toInstant();
		if (inForceSince.isBefore(version.addedAt())) {
			inForceSince = version.addedAt();
		}
		if (inForceSince.plus(this.properties.reminderAfter()).isAfter(now)) {
			return 0;
		}
		Map<String, Instant> confirmed = this.acknowledgements.acknowledgedAt(version.number());
		Map<String, Instant> lastReminded = lastReminders(version.number());
		int sent = 0;
		for (Directory.Contact employee : this.directory.employeesWithEmail()) {
			Instant previous = lastReminded.get(employee.ref());
			boolean due = !confirmed.containsKey(employee.ref())
					&& (previous == null || !previous.plus(this.properties.reminderAfter()).isAfter(now));
			if (due && send(version, employee)) {
				remember(version.number(), employee.ref(), now, previous != null);
				sent++;
			}
		}
		log.info("Sent {} reminders to confirm protocol version {}", sent, version.number());
		return sent;
	}

	private boolean send(ProtocolVersion version, Directory.Contact employee) {
		String since = version.effectiveFrom().format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
		return this.mailer.send(employee.email(), "protocol.reminder", new Object[] { version.number() },
				new Object[] { employee.displayName(), version.number(), since, this.mailer.link("/protocol") });
	}

	private Map<String, Instant> lastReminders(int version) {
		Map<String, Instant> result = new HashMap<>();
		this.jdbc.sql("select person_ref, sent_at from protocol_reminders where version_number = ?")
			.param(version)
			.query(rs -> {
				result.put(rs.getString("person_ref"), rs.getTimestamp("sent_at").toInstant());
			});
		return result;
	}

	private void remember(int version, String personRef, Instant at, boolean before) {
		String sql = before ? "update protocol_reminders set sent_at = ? where version_number = ? and person_ref = ?"
				: "insert into protocol_reminders (sent_at, version_number, person_ref) values (?, ?, ?)";
		// truncated, not left to the database: PostgreSQL rounds to microseconds,
		// sometimes up
		this.jdbc.sql(sql)
			.params(java.sql.Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS)), version, personRef)
			.update();
	}

}
