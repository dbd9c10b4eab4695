package nl.mediaprotocol.audit;

/**
 * A record named in the audit trail, by type ({@code PERSON}, {@code CASE}, ...) and id.
 */
public record AuditedRecord(String type, String id) {

	public static AuditedRecord of(String type, Object id) {
		return new AuditedRecord(type, String.valueOf(id));
	}

}
