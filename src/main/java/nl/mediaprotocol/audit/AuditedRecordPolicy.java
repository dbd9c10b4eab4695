package nl.mediaprotocol.audit;

import org.springframework.security.core.Authentication;

/**
 * Tells the audit trail whether someone may see a record, so that the trail never shows
 * an entry naming a record to a person who may not see that record. The module that owns
 * a record type provides a bean of this type for it.
 */
public interface AuditedRecordPolicy {

	/** Whether this policy decides for the given record type. */
	boolean decidesFor(String recordType);

	boolean maySee(Authentication viewer, AuditedRecord record);

}
