package nl.mediaprotocol.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's purposes with their texts. */
@Repository
class Purposes {

	private final JdbcClient jdbc;

	Purposes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Purpose> all() {
		return where("", Map.of());
	}

	List<Purpose> active() {
		return where("where p.active = true", Map.of());
	}

	/** One purpose, read on its own: every consent question asks for one. */
	Optional<Purpose> byCode(String code) {
		return where("where p.code = :code", Map.of("code", code)).stream().findFirst();
	}

	private List<Purpose> where(String condition, Map<String, ?> params) {
		Map<String, List<Purpose.PurposeText>> texts = new LinkedHashMap<>();
		this.jdbc
			.sql("select t.purpose_code, t.version, t.text_nl, t.effective_from from consent_purpose_texts t"
					+ " join consent_purposes p on p.code = t.purpose_code " + condition
					+ " order by t.purpose_code, t.version")
			.params(params)
			.query(rs -> {
				texts.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
					.add(new Purpose.PurposeText(rs.getInt(2), rs.getString(3),
							rs.getObject(4, OffsetDateTime.class).toInstant()));
			});
		return this.jdbc
			.sql("select p.code, p.name_nl, p.name_en, p.position, p.active from consent_purposes p " + condition
					+ " order by p.position, p.code")
			.params(params)
			.query((rs, row) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5), List.copyOf(texts.getOrDefault(rs.getString(1), List.of()))))
			.list();
	}

	boolean isEmpty() {
		return this.jdbc.sql("select count(*) from consent_purposes").query(Long.class).single() == 0;
	}

	void add(String code, String nameNl, String nameEn, String text, Instant at) {
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from consent_purposes")
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into consent_purposes (code, name_nl, name_en, position, active)"
					+ " values (:code, :nl, :en, :position, true)")
			.param("code", code)
			.param("nl", nameNl)
			.param("en", nameEn)
			.param("position", position)
			.update();
		addText(code, 1, text, at);
	}

	/** A new text for a purpose: its use changed, so earlier consent no longer counts. */
	int changeText(String code, String text, Instant at) {
		int version = this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from consent_purpose_texts where purpose_code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
		addText(code, version, text, at);
		return version;
	}

	void rename(String code, String nameNl, String nameEn) {
		this.jdbc.sql("update consent_purposes set name_nl = :nl, name_en = :en where code = :code")
			.param("nl", nameNl)
			.param("en", nameEn)
			.param("code", code)
			.update();
	}

	void setActive(String code, boolean active) {
		this.jdbc.sql("update consent_purposes set active = :active where code = :code")
			.param("active", active)
			.param("code", code)
			.update();
	}

	private void addText(String code, int version, String text, Instant at) {
		this.jdbc
			.sql("insert into consent_purpose_texts (purpose_code, version, text_nl, effective_from)"
					+ " values (:code, :version, :text, :at)")
			.param("code", code)
			.param("version", version)
			.param("text", text)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
