package nl.mediaprotocol.care;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.audit.AuditedRecord;
import nl.mediaprotocol.audit.AuditedRecordPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The audit trail shows an entry about a care signal only to the data protection officer
 * and to the care coordinators who handle the signal: that a student has a care signal is
 * itself care information.
 */
@Component
class CareRecordPolicy implements AuditedRecordPolicy {

	private final CareStructure care;

	CareRecordPolicy(CareStructure care) {
		this.care = care;
	}

	@Override
	public boolean decidesFor(String recordType) {
		return CareEvent.RECORD_TYPE.equals(recordType);
	}

	@Override
	public boolean maySee(Authentication viewer, AuditedRecord record) {
		if (!(viewer.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		if (user.has(Role.FG)) {
			return true;
		}
		try {
			return this.care.mayHandle(user, Long.parseLong(record.id()));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
