package nl.mediaprotocol.cases;

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
 * The cases' personal data: what it is for, how long a closed case is kept, and every
 * case and entry about a person.
 */
@Component
class CasePrivacy implements RetentionRule, PersonalDataSource {

	static final String GONE = "VERWIJDERD";

	private final JdbcClient jdbc;

	private final CaseRecords records;

	CasePrivacy(JdbcClient jdbc, CaseRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Zaken en dossiers",
				"Ongewenst gedrag afhandelen volgens de sanctieladders, de wettelijke meldplicht en aangifte (hoofdstuk 4)",
				List.of("medewerkers", "leerlingen", "ouders"),
				List.of("gespreksverslagen", "maatregelen", "brieven en bijlagen", "taken",
						"meldingen aan inspectie en politie"),
				List.of("behandelaar", "diens leidinggevende", "bestuurder (zaken over medewerkers)"),
				"Een gesloten zaak wordt na de bewaartermijn verwijderd; het nummer blijft zonder inhoud.");
	}

	@Override
	public String kind() {
		return "cases";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(2);
	}

	@Override
	public String reason() {
		return "Twee jaar na afsluiting: zolang telt een zaak mee als herhaling op de sanctieladder (4.3, 4.4).";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		List<Long> ids = this.jdbc
			.sql("select id from cases where status = 'CLOSED' and closed_at < :cutoff and subject_ref <> :gone")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.param("gone", GONE)
			.query(Long.class)
			.list();
		if (!dryRun) {
			remove(ids);
		}
		return new Outcome(ids.size(), "aantekeningen, bijlagen en taken verwijderd; zaaknummer zonder inhoud");
	}

	@Override
	public boolean erasable() {
		return true;
	}

	/** Closed cases about the person go; an open case is still needed and stays. */
	@Override
	@Transactional
	public int erase(String personRef) {
		List<Long> ids = this.jdbc.sql("select id from cases where status = 'CLOSED' and subject_ref = :ref")
			.param("ref", personRef)
			.query(Long.class)
			.list();
		remove(ids);
		return ids.size();
	}

	private void remove(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		this.records.deleteAttachmentFilesAfterCommit(ids);
		String entries = "select id from case_entries where case_id in (:ids)";
		this.jdbc.sql("delete from case_attachments where entry_id in (" + entries + ")").param("ids", ids).update();
		this.jdbc.sql("delete from case_acknowledgements where entry_id in (" + entries + ")")
			.param("ids", ids)
			.update();
		this.jdbc.sql("delete from case_tasks where case_id in (:ids)").param("ids", ids).update();
		this.jdbc.sql("update case_entries set corrects = null where case_id in (:ids)").param("ids", ids).update();
		this.jdbc.sql("delete from case_entries where case_id in (:ids)").param("ids", ids).update();
		// the number stays (a monitoring request may refer to it), nothing about anyone
		this.jdbc.sql("update cases set subject_ref = :gone, title = :gone, handler = :gone where id in (:ids)")
			.param("gone", GONE)
			.param("ids", ids)
			.update();
	}

	@Override
	public String section() {
		return "zaken";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.records.cases("c.subject_ref = :ref", Map.of("ref", personRef)).stream().map(found -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", found.id());
			item.put("title", found.title());
			item.put("subjectKind", found.subjectKind().name());
			item.put("unit", found.unitCode());
			item.put("status", found.status().name());
			item.put("openedAt", found.openedAt().toString());
			item.put("handler", found.handler());
			item.put("entries", found.entries().stream().map(entry -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("id", entry.id());
				line.put("kind", entry.kind().name());
				line.put("step", entry.stepCode());
				line.put("text", entry.text());
				line.put("corrects", entry.corrects());
				line.put("reference", entry.reference());
				line.put("author", entry.author());
				line.put("happenedAt", entry.happenedAt().toString());
				line.put("attachments", entry.attachments().stream().map(CaseEntry.Attachment::fileName).toList());
				return line;
			}).toList());
			return item;
		}).toList();
	}

}
