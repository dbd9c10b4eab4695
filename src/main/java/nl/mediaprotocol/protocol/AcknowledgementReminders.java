package nl.mediaprotocol.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import nl.mediaprotocol.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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

	private final ObjectProvider<JavaMailSender> mail;

	private final ProtocolProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	AcknowledgementReminders(Protocol protocol, Acknowledgements acknowledgements, Directory directory, JdbcClient jdbc,
			ObjectProvider<JavaMailSender> mail, ProtocolProperties properties, MessageSource messages, Clock clock,
			@Value("${mediaprotocol.mail.from:noreply@mediaprotocol.example}") String from,
			@Value("${mediaprotocol.base-url:http://localhost:8080}") String baseUrl) {
		this.protocol = protocol;
		this.acknowledgements = acknowledgements;
		this.directory = directory;
		this.jdbc = jdbc;
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	@Scheduled(cron = "${mediaprotocol.protocol.reminder-cron:0 0 7 * * MON-FRI}", zone = "Europe/Amsterdam")
	void onSchedule() {
		sendDue();
	}

	/** Sends the reminders that are due now; answers how many went out. */
	int sendDue() {
		JavaMailSender sender = this.mail.getIfAvailable();
		ProtocolVersion version = this.protocol.inForce().orElse(null);
		if (sender == null || version == null) {
			if (sender == null) {
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
			if (due && send(sender, version, employee)) {
				remember(version.number(), employee.ref(), now, previous != null);
				sent++;
			}
		}
		log.info("Sent {} reminders to confirm protocol version {}", sent, version.number());
		return sent;
	}

	private boolean send(JavaMailSender sender, ProtocolVersion version, Directory.Contact employee) {
		String since = version.effectiveFrom().format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(employee.email());
		message.setSubject(
				this.messages.getMessage("protocol.reminder.subject", new Object[] { version.number() }, DUTCH));
		message.setText(this.messages.getMessage("protocol.reminder.body",
				new Object[] { employee.displayName(), version.number(), since, this.baseUrl + "/protocol" }, DUTCH));
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send a protocol reminder to employee {}: {}", employee.ref(), ex.getMessage());
			return false;
		}
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
