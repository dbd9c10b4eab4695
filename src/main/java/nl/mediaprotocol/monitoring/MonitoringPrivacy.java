package nl.mediaprotocol.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.system.PersonalDataSource;
import nl.mediaprotocol.system.ProcessingActivity;
import nl.mediaprotocol.system.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring requests' personal data: purpose, retention, and the requests about a
 * person.
 */
@Component
class MonitoringPrivacy implements RetentionRule, PersonalDataSource {

	static final String GONE = "VERWIJDERD";

	private final JdbcClient jdbc;

	private final MonitoringRecords records;

	MonitoringPrivacy(JdbcClient jdbc, MonitoringRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Gericht monitoren",
				"Internetgebruik vanuit school gericht monitoren bij een concreet vermoeden, na advies van de FG (3.1.11)",
				List.of("medewerkers", "leerlingen"),
				List.of("het vermoeden", "de omvang en periode", "bevindingen van ICT"),
				List.of("de leidinggevende die het vroeg", "FG", "ICT (zonder vermoeden en bevindingen)"),
				"Een gesloten verzoek wordt na de bewaartermijn geanonimiseerd; de bevindingen worden verwijderd.");
	}

	@Override
	public String kind() {
		return "monitoring";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(1);
	}

	@Override
	public String reason() {
		return "Een jaar na afsluiting: lang genoeg voor vragen en bezwaar, niet langer dan nodig voor zo ingrijpende gegevens.";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		List<Long> ids = this.jdbc.sql(
				"select id from monitoring_requests where closed_at is not null and closed_at < :cutoff and person_ref <> :gone")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.param("gone", GONE)
			.query(Long.class)
			.list();
		if (!dryRun && !ids.isEmpty()) {
			this.jdbc.sql("delete from monitoring_findings where request_id in (:ids)").param("ids", ids).update();
			this.jdbc.sql("""
					update monitoring_requests set person_ref = :gone, suspicion = :gone, scope = :gone,
					    advice_reasons = null, advice_conditions = null
					where id in (:ids)
					""").param("gone", GONE).param("ids", ids).update();
		}
		return new Outcome(ids.size(), "geanonimiseerd; bevindingen verwijderd");
	}

	@Override
	public String section() {
		return "monitoring";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.records.requests("person_ref = :ref", Map.of("ref", personRef)).stream().map(request -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", request.id());
			item.put("requestedBy", request.requestedBy());
			item.put("suspicion", request.suspicion());
			item.put("scope", request.scope());
			item.put("period", request.startsOn() + " – " + request.endsOn());
			item.put("status", request.status().name());
			item.put("advice", request.advice() == null ? null : request.advice().name());
			item.put("findings",
					this.records.findings(request.id())
						.stream()
						.map(finding -> finding.whatWasDone() + " — " + finding.findings())
						.toList());
			return item;
		}).toList();
	}

}
