package nl.mediaprotocol.cases;

import java.util.Map;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.audit.AuditedRecord;
import nl.mediaprotocol.audit.AuditedRecordPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The audit trail shows an entry about a case or a dossier only to the data protection
 * officer and to those who may see the case (a dossier: a case about the person): that
 * someone has a case is itself sensitive.
 */
@Component
class CaseRecordPolicy implements AuditedRecordPolicy {

	private final CaseRecords records;

	private final CaseAccess access;

	CaseRecordPolicy(CaseRecords records, CaseAccess access) {
		this.records = records;
		this.access = access;
	}

	@Override
	public boolean decidesFor(String recordType) {
		return CaseEvent.RECORD_TYPE.equals(recordType) || DossierEvent.RECORD_TYPE.equals(recordType);
	}

	@Override
	public boolean maySee(Authentication viewer, AuditedRecord record) {
		if (!(viewer.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		if (user.has(Role.FG)) {
			return true;
		}
		if (DossierEvent.RECORD_TYPE.equals(record.type())) {
			return this.records.cases("c.subject_ref = :ref", Map.of("ref", record.id()))
				.stream()
				.anyMatch(found -> this.access.maySee(user, found));
		}
		try {
			return this.records.find(Long.parseLong(record.id()))
				.filter(found -> this.access.maySee(user, found))
				.isPresent();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
