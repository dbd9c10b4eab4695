package nl.mediaprotocol.publication;

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
 * The publications' personal data: the photos and the people tagged in them. A draft that
 * never went out is removed after a year untouched; what was published stays as the
 * record of what the board put out (3.1.5), until a takedown.
 */
@Component
class PublicationPrivacy implements RetentionRule, PersonalDataSource {

	private final JdbcClient jdbc;

	private final Publications publications;

	PublicationPrivacy(JdbcClient jdbc, Publications publications) {
		this.jdbc = jdbc;
		this.publications = publications;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Berichten",
				"Berichten op de kanalen van het bestuur voorbereiden, controleren en publiceren (3.1.6, 3.2.5)",
				List.of("leerlingen", "ouders", "medewerkers"),
				List.of("foto's, video's en geluid zonder metagegevens", "wie erop staat", "teksten"),
				List.of("de schrijver", "diens leidinggevende", "communicatie", "directeur"),
				"Een concept dat nooit uitging, een jaar na de laatste wijziging; wat gepubliceerd is, zolang het bestuur het laat staan.");
	}

	@Override
	public String kind() {
		return "publications";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(1);
	}

	@Override
	public String reason() {
		return "Een concept dat een jaar niet is aangeraakt, gaat niet meer uit; de foto's erin horen dan niet bewaard te worden.";
	}

	@Override
	@Transactional
	public Outcome purge(Instant cutoff, boolean dryRun) {
		List<Long> ids = this.jdbc
			.sql("select id from publications where status in ('DRAFT', 'RETURNED') and updated_at < :cutoff")
			.param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
			.query(Long.class)
			.list();
		if (!dryRun && !ids.isEmpty()) {
			String media = "select id from publication_media where publication_id in (:ids)";
			this.publications.deleteFilesOfPublicationsAfterCommit(ids);
			this.jdbc.sql("delete from publication_tags where media_id in (" + media + ")").param("ids", ids).update();
			this.jdbc.sql("delete from publication_media where publication_id in (:ids)").param("ids", ids).update();
			this.jdbc.sql("delete from publication_targets where publication_id in (:ids)").param("ids", ids).update();
			this.jdbc.sql("delete from publications where id in (:ids)").param("ids", ids).update();
		}
		return new Outcome(ids.size(), "concepten met hun foto's en tags verwijderd");
	}

	@Override
	public String section() {
		return "berichten";
	}

	/** The media a person is tagged in, by publication. */
	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.jdbc.sql("""
				select p.id, p.status, m.file_name, m.medium from publication_tags t
				join publication_media m on m.id = t.media_id
				join publications p on p.id = m.publication_id
				where t.person_ref = :ref order by p.id, m.id
				""").param("ref", personRef).query((rs, row) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("publication", rs.getLong("id"));
			item.put("status", rs.getString("status"));
			item.put("medium", rs.getString("medium"));
			item.put("file", rs.getString("file_name"));
			return item;
		}).list();
	}

}
