package nl.mediaprotocol.reporting;

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
 * The reporting point's personal data: what it is for, how long a closed report is kept,
 * and the reports a person made under their own name. An anonymous report is never linked
 * to anyone, so it is in nobody's access export.
 */
@Component
class ReportingPrivacy implements RetentionRule, PersonalDataSource {

	private final JdbcClient jdbc;

	private final Reports reports;

	ReportingPrivacy(JdbcClient jdbc, Reports reports) {
		this.jdbc = jdbc;
		this.reports = reports;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Meldpunt",
				"Meldingen van grensoverschrijdende online communicatie afhandelen (3.1.9, 3.1.10)",
				List.of("melders (ook anoniem)", "leerlingen", "ouders", "medewerkers"),
				List.of("wat er gebeurde", "betrokkenen", "schermafbeeldingen", "berichten met de melder"),
				List.of("teamleider", "directeur", "bestuurder", "met wie een melding gedeeld is"),
				"Een gesloten melding wordt na de bewaartermijn geanonimiseerd.");
	}

	@Override
	public String kind() {
		return "reports";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(2);
	}

	@Override
	public String reason() {
		return "Twee jaar na afsluiting: lang genoeg om een herhaling te herkennen en vragen van de melder te beantwoorden.";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		String expired = "status = 'CLOSED' and closed_at < :cutoff and what <> :gone";
		Map<String, Object> params = Map.of("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC), "gone", GONE);
		List<Long> ids = this.jdbc.sql("select id from reports where " + expired)
			.params(params)
			.query(Long.class)
			.list();
		if (!dryRun && !ids.isEmpty()) {
			this.jdbc.sql("delete from report_messages where report_id in (:ids)").param("ids", ids).update();
			this.reports.deleteEvidenceFilesAfterCommit(ids);
			this.jdbc.sql("delete from report_evidence where report_id in (:ids)").param("ids", ids).update();
			this.jdbc.sql("delete from report_shares where report_id in (:ids)").param("ids", ids).update();
			// the row stays (a case may refer to it) without anything about anyone
			this.jdbc.sql("""
					update reports set reporter = null, reporter_ref = null, secret_hash = null, what = :gone,
					    platform = null, link = null, involved = null, close_reason = null
					where id in (:ids)
					""").param("gone", GONE).param("ids", ids).update();
		}
		return new Outcome(ids.size(), "geanonimiseerd; berichten, bewijs en delingen verwijderd");
	}

	static final String GONE = "(verwijderd na de bewaartermijn)";

	@Override
	public String section() {
		return "meldingen";
	}

	@Override
	public boolean erasable() {
		return true;
	}

	/**
	 * The reports stay, for what they are about, but no longer say who made them: as if
	 * made anonymously.
	 */
	@Override
	@Transactional
	public int erase(String personRef) {
		return this.jdbc.sql("update reports set reporter = null, reporter_ref = null where reporter_ref = :ref")
			.param("ref", personRef)
			.update();
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.jdbc
			.sql("""
					select id, category, what, platform, link, happened_on, involved, unit_code, status, created_at, closed_at
					from reports where reporter_ref = :ref order by id
					""")
			.param("ref", personRef)
			.query((rs, row) -> {
				Map<String, Object> report = new LinkedHashMap<>();
				for (String column : List.of("id", "category", "what", "platform", "link", "happened_on", "involved",
						"unit_code", "status", "created_at", "closed_at")) {
					Object value = rs.getObject(column);
					report.put(column, value == null ? null : value.toString());
				}
				return report;
			})
			.list();
	}

}
