package nl.mediaprotocol.audit;

/**
 * Someone searched, exported or verified the audit trail. The trail names sensitive
 * records, so reading it is recorded like any other read of a sensitive record.
 */
record AuditTrailRead(Kind kind, String details) implements AuditableEvent {

	enum Kind {

		SEARCHED, EXPORTED, VERIFIED

	}

	@Override
	public String action() {
		return "AUDIT_TRAIL_" + this.kind;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of("AUDIT_TRAIL", "trail");
	}

}
