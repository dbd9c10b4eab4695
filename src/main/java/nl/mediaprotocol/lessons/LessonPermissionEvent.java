package nl.mediaprotocol.lessons;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/** A permission was given, withdrawn, or read (with who in the group lacks consent). */
record LessonPermissionEvent(long id, String what, @Nullable String details) implements AuditableEvent {

	static final String RECORD_TYPE = "LESSON_PERMISSION";

	@Override
	public String action() {
		return "LESSON_PERMISSION_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.id);
	}

}
