package nl.mediaprotocol.channels;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;
import org.jspecify.annotations.Nullable;

/** Something happened to a channel agreement. */
record ChannelAgreementEvent(long id, String what, @Nullable String subjectRef,
		@Nullable String details) implements AuditableEvent {

	static final String RECORD_TYPE = "CHANNEL_AGREEMENT";

	@Override
	public String action() {
		return "CHANNEL_AGREEMENT_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.id);
	}

}
