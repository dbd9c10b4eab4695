package nl.mediaprotocol.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.PersonalDataSource;
import nl.mediaprotocol.system.ProcessingActivity;
import nl.mediaprotocol.system.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register's personal data: every decision about the person. A decision is
 * the proof of consent as long as it is in force, so decisions stay; what goes after the
 * retention period is the scanned paper form once every decision on it has been replaced
 * by a later one, and the whole history of someone who is no longer in the directory.
 */
@Component
class ConsentPrivacy implements PersonalDataSource, RetentionRule {

	static final String GONE = "(verwijderd na de bewaartermijn)";

	private final Decisions decisions;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Scans scanFiles;

	ConsentPrivacy(Decisions decisions, JdbcClient jdbc, Directory directory, Scans scanFiles) {
		this.decisions = decisions;
		this.scanFiles = scanFiles;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public String kind() {
		return "consent";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(1);
	}

	@Override
	public String reason() {
		return "Een jaar nadat een keuze is vervangen of iemand de school verliet: lang genoeg om vragen over een publicatie te beantwoorden.";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
		// a scan whose every decision was replaced by a later one before the cut-off
		List<Long> scans = this.jdbc.sql("""
				select s.id from consent_scans s
				where s.file_name <> :gone and s.uploaded_at < :before
				  and exists (select 1 from consent_decisions d where d.scan_id = s.id)
				  and not exists (
				    select 1 from consent_decisions d where d.scan_id = s.id and not exists (
				      select 1 from consent_decisions n
				      where n.subject_ref = d.subject_ref and n.purpose_code = d.purpose_code
				        and n.medium = d.medium and n.decided_at > d.decided_at and n.decided_at < :before))
				""").param("gone", GONE).param("before", before).query(Long.class).list();
		// people who left: no longer in the directory, and no decision since the cut-off
		List<String> quiet = this.jdbc
			.sql("select subject_ref from consent_decisions group by subject_ref having max(decided_at) < :before")
			.param("before", before)
			.query(String.class)
			.list();
		Set<String> present = this.directory.facts(quiet).stream().map(PersonFacts::ref).collect(Collectors.toSet());
		List<String> departed = quiet.stream().filter(ref -> !present.contains(ref)).toList();
		int decisionsGone = departed.isEmpty() ? 0
				: this.jdbc.sql("select count(*) from consent_decisions where subject_ref in (:refs)")
					.param("refs", departed)
					.query(Long.class)
					.single()
					.intValue();
		if (!dryRun) {
			if (!scans.isEmpty()) {
				this.scanFiles.deleteFilesAfterCommit(scans);
				this.jdbc.sql("update consent_scans set file_key = null, file_name = :gone where id in (:ids)")
					.param("gone", GONE)
					.param("ids", scans)
					.update();
			}
			if (!departed.isEmpty()) {
				List<Long> theirScans = this.jdbc.sql(
						"select distinct scan_id from consent_decisions where subject_ref in (:refs) and scan_id is not null")
					.param("refs", departed)
					.query(Long.class)
					.list();
				this.jdbc.sql("delete from consent_standing_decisions where subject_ref in (:refs)")
					.param("refs", departed)
					.update();
				this.jdbc.sql("delete from consent_decisions where subject_ref in (:refs)")
					.param("refs", departed)
					.update();
				this.jdbc.sql("delete from consent_coverage where student_ref in (:refs)")
					.param("refs", departed)
					.update();
				if (!theirScans.isEmpty()) {
					List<Long> unused = this.jdbc.sql("""
							select id from consent_scans where id in (:ids)
							and not exists (select 1 from consent_decisions d where d.scan_id = consent_scans.id)
							""").param("ids", theirScans).query(Long.class).list();
					if (!unused.isEmpty()) {
						this.scanFiles.deleteFilesAfterCommit(unused);
						this.jdbc.sql("delete from consent_scans where id in (:ids)").param("ids", unused).update();
					}
				}
			}
		}
		return new Outcome(scans.size() + decisionsGone,
				"scans van vervangen keuzes gewist; keuzes van wie niet meer in de gids staat verwijderd");
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Toestemmingsregister",
				"Vastleggen of foto's, video's en geluid van iemand gebruikt mogen worden, per doel (3.1.6)",
				List.of("leerlingen", "ouders", "medewerkers"),
				List.of("keuzes per doel en soort opname", "wie besliste en hoe", "scans van papieren formulieren"),
				List.of("de persoon zelf en wie voor hem beslist", "beheerder", "directeur", "teamleider",
						"communicatie", "FG"),
				"Keuzes zolang ze gelden; de scan van een formulier een jaar nadat alle keuzes erop vervangen zijn; alles van wie de school verliet na een jaar.");
	}

	@Override
	public String section() {
		return "toestemming";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.decisions.about(List.of(personRef)).stream().map(decision -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("purpose", decision.purpose());
			item.put("medium", decision.medium().name());
			item.put("granted", decision.granted());
			item.put("decidedBy", decision.decidedBy().name());
			item.put("method", decision.method().name());
			item.put("decidedAt", decision.decidedAt().toString());
			item.put("paperForm", decision.scanId() != null);
			return item;
		}).toList();
	}

}
