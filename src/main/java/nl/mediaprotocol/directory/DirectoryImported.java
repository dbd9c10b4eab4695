package nl.mediaprotocol.directory;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/**
 * A directory file was imported and applied.
 */
public record DirectoryImported(ImportKind kind, int created, int updated, int unchanged) implements AuditableEvent {

	@Override
	public String action() {
		return "DIRECTORY_IMPORTED";
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("DIRECTORY", this.kind);
	}

	@Override
	public String details() {
		return this.created + " created, " + this.updated + " updated, " + this.unchanged + " unchanged";
	}

}
