package nl.mediaprotocol.audit;

import org.jspecify.annotations.Nullable;

/**
 * An event that the audit trail records: a state change, or a read (or refused read) of a
 * sensitive record. Who did it and from which address is taken from the request in which
 * the event was published.
 */
public interface AuditableEvent {

	/** What happened, in capitals: {@code DIRECTORY_IMPORTED}, {@code PERSON_VIEWED}. */
	String action();

	/** The record the event is about. */
	AuditedRecord record();

	/**
	 * The ref of the person the record concerns, when it concerns one; for searching by
	 * person.
	 */
	default @Nullable String subjectRef() {
		return null;
	}

	/**
	 * A short, non-sensitive description for the trail (counts, a version number), if
	 * any.
	 */
	default @Nullable String details() {
		return null;
	}

	/**
	 * Whether the trail may keep the address the request came from; not for what an
	 * anonymous reporter does (3.1.10), whose address must not be stored anywhere.
	 */
	default boolean recordsAddress() {
		return true;
	}

}
