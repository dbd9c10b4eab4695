package nl.mediaprotocol.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of the trail that name a person, for their request of access: who did what
 * with their records, and when.
 */
@Service
public class AuditLookup {

	private final JdbcClient jdbc;

	AuditLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every entry about the person, oldest first, without the addresses of others. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> naming(String personRef) {
		return this.jdbc.sql("""
				select sequence_number, occurred_at, actor, action, record_type, record_id from audit_entries
				where subject_ref = :ref or (record_type = :person and record_id = :ref)
				order by sequence_number
				""").param("ref", personRef).param("person", AuditedRecord.PERSON).query((rs, row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("number", rs.getLong("sequence_number"));
			entry.put("when", rs.getObject("occurred_at", OffsetDateTime.class).toInstant().toString());
			entry.put("who", rs.getString("actor"));
			entry.put("what", rs.getString("action"));
			entry.put("record", rs.getString("record_type") + " " + rs.getString("record_id"));
			return entry;
		}).list();
	}

}
