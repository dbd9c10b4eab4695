package nl.mediaprotocol.publication;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/** Something happened to a post: drafted, changed, submitted, reviewed, published. */
public record PublicationEvent(long id, String what, @Nullable String details) implements AuditableEvent {

	@Override
	public String action() {
		return "PUBLICATION_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("PUBLICATION", this.id);
	}

}
