package nl.mediaprotocol.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.system.PersonalDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on a person's request (AVG article 17), where the law allows it: each module
 * erases what it may (a closed case, the link between a report and its reporter) and
 * keeps what is still needed. The reason is recorded, the erased content is not.
 */
@Service
@Transactional
class Erasures {

	private final List<PersonalDataSource> sources;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Erasures(List<PersonalDataSource> sources, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.sources = sources.stream()
			.filter(PersonalDataSource::erasable)
			.sorted(Comparator.comparing(PersonalDataSource::section))
			.toList();
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The parts that can erase anything. */
	List<String> erasableParts() {
		return this.sources.stream().map(PersonalDataSource::section).toList();
	}

	/** An erasure as recorded. */
	record Erasure(String personRef, String reason, String erasedBy, String summary) {
	}

	/** Erases what may be erased about the person; refuses without a reason. */
	String erase(String personRef, String reason, CurrentUser fg) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("privacy.erase.reasonNeeded");
		}
		String summary = this.sources.stream()
			.map(source -> source.section() + ": " + source.erase(personRef))
			.collect(Collectors.joining(", "));
		this.jdbc.sql("""
				insert into privacy_erasures (person_ref, reason, erased_by, erased_at, summary)
				values (:ref, :reason, :by, :at, :summary)
				""")
			.param("ref", personRef)
			.param("reason", reason.strip())
			.param("by", fg.getUsername())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("summary", summary)
			.update();
		this.events.publishEvent(new Erased(personRef, summary));
		return summary;
	}

	@Transactional(readOnly = true)
	List<Erasure> of(String personRef) {
		return this.jdbc.sql("select * from privacy_erasures where person_ref = :ref order by id")
			.param("ref", personRef)
			.query((rs, row) -> new Erasure(rs.getString("person_ref"), rs.getString("reason"),
					rs.getString("erased_by"), rs.getString("summary")))
			.list();
	}

	/** The FG erased records about a person: how many per part, never what. */
	record Erased(String subjectRef, String details) implements nl.mediaprotocol.audit.AuditableEvent {

		@Override
		public String action() {
			return "PRIVACY_ERASED";
		}

		@Override
		public nl.mediaprotocol.audit.AuditedRecord record() {
			return nl.mediaprotocol.audit.AuditedRecord.of(nl.mediaprotocol.audit.AuditedRecord.PERSON,
					this.subjectRef);
		}

		@Override
		public String subjectRef() {
			return this.subjectRef;
		}

	}

}
