package nl.mediaprotocol.cases;

import nl.mediaprotocol.audit.AuditableEvent;
import nl.mediaprotocol.audit.AuditedRecord;

/** Someone read or exported the case dossier of a person. */
record DossierEvent(String subjectRef, String what) implements AuditableEvent {

	@Override
	public String subjectRef() {
		return this.subjectRef;
	}

	static final String RECORD_TYPE = "DOSSIER";

	@Override
	public String action() {
		return "DOSSIER_" + this.what;
	}

	@Override
	public AuditedRecord record() {
		return AuditedRecord.of(RECORD_TYPE, this.subjectRef);
	}

}
