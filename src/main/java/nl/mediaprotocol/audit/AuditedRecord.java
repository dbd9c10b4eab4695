package nl.mediaprotocol.audit;

/**
 * A record named in the audit trail, by type ({@code PERSON}, {@code CASE}, ...) and id.
 */
public record AuditedRecord(String type, String id) {

	/**
	 * The type of a person's record in the directory; an entry's
	 * {@link AuditableEvent#subjectRef()} names a record of this type.
	 */
	public static final String PERSON = "PERSON";

	public static AuditedRecord of(String type, Object id) {
		return new AuditedRecord(type, String.valueOf(id));
	}

}
