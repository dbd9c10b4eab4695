package nl.mediaprotocol.protocol;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who confirmed having read which version of the protocol, once per version (article
 * 3.1.4).
 */
@Component
class Acknowledgements {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Acknowledgements(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Confirms a version for a person; confirming again changes nothing. */
	@Transactional
	void acknowledge(int version, String personRef, String username, Instant at) {
		if (acknowledgedAt(version).containsKey(personRef)) {
			return;
		}
		this.jdbc
			.sql("insert into protocol_acknowledgements (version_number, person_ref, username, acknowledged_at)"
					+ " values (?, ?, ?, ?)")
			.params(version, personRef, username, java.sql.Timestamp.from(at))
			.update();
		this.events.publishEvent(new ProtocolAcknowledged(version, personRef));
	}

	/** Person ref to the moment they confirmed the version. */
	@Transactional(readOnly = true)
	Map<String, Instant> acknowledgedAt(int version) {
		Map<String, Instant> result = new HashMap<>();
		this.jdbc.sql("select person_ref, acknowledged_at from protocol_acknowledgements where version_number = ?")
			.param(version)
			.query(rs -> {
				result.put(rs.getString("person_ref"), rs.getTimestamp("acknowledged_at").toInstant());
			});
		return result;
	}

}
