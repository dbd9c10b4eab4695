package nl.mediaprotocol.care;

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
 * The care signals' personal data: purpose, retention, and the signals about a student.
 */
@Component
class CarePrivacy implements RetentionRule, PersonalDataSource {

	static final String GONE = "VERWIJDERD";

	private final JdbcClient jdbc;

	private final CareSignals signals;

	CarePrivacy(JdbcClient jdbc, CareSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Zorgsignalen",
				"Signalen van verslaving aan sociale media doorgeven aan de zorgstructuur (1.8)", List.of("leerlingen"),
				List.of("wat een medewerker zag", "gesprekken", "verwijzingen"),
				List.of("zorgcoördinatoren van de eenheid", "de melder (alleen de stand)"),
				"Een afgesloten signaal wordt na de bewaartermijn verwijderd.");
	}

	@Override
	public String kind() {
		return "care";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(2);
	}

	@Override
	public String reason() {
		return "Twee jaar na afsluiting: zolang helpt het de zorgcoördinator een terugkerend patroon te zien.";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		List<Long> ids = this.jdbc.sql(
				"select id from care_signals where closed_at is not null and closed_at < :cutoff and student_ref <> :gone")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.param("gone", GONE)
			.query(Long.class)
			.list();
		if (!dryRun && !ids.isEmpty()) {
			this.jdbc.sql("update care_entries set corrects = null where signal_id in (:ids)")
				.param("ids", ids)
				.update();
			this.jdbc.sql("delete from care_entries where signal_id in (:ids)").param("ids", ids).update();
			// the row stays as a count for the safety plan, without anything about anyone
			this.jdbc.sql("""
					update care_signals set student_ref = :gone, observation = :gone, action_taken = null
					where id in (:ids)
					""").param("gone", GONE).param("ids", ids).update();
		}
		return new Outcome(ids.size(), "geanonimiseerd; gesprekken en verwijzingen verwijderd");
	}

	@Override
	public String section() {
		return "zorgsignalen";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.jdbc.sql("select id from care_signals where student_ref = :ref order by id")
			.param("ref", personRef)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> {
				Map<String, Object> item = new LinkedHashMap<>();
				this.jdbc.sql("select * from care_signals where id = :id").param("id", id).query(rs -> {
					item.put("id", id);
					item.put("observation", rs.getString("observation"));
					item.put("actionTaken", rs.getString("action_taken"));
					item.put("raisedBy", rs.getString("raised_by_name"));
					item.put("status", rs.getString("status"));
					item.put("raisedAt", rs.getObject("raised_at", OffsetDateTime.class).toInstant().toString());
				});
				item.put("entries",
						this.signals.entries(id)
							.stream()
							.map(entry -> entry.kind() + " " + entry.recordedAt() + ": "
									+ (entry.text() == null ? "" : entry.text())
									+ (entry.referredTo() == null ? "" : " → " + entry.referredTo()))
							.toList());
				return (Map<String, Object>) item;
			})
			.toList();
	}

}
