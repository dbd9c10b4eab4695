package nl.mediaprotocol.monitoring;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.audit.AuditedRecord;
import nl.mediaprotocol.audit.AuditedRecordPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The audit trail shows an entry about a monitoring request only to the FG and to the
 * manager who asked: that someone is monitored is itself sensitive.
 */
@Component
class MonitoringRecordPolicy implements AuditedRecordPolicy {

	private final MonitoringRecords records;

	MonitoringRecordPolicy(MonitoringRecords records) {
		this.records = records;
	}

	@Override
	public boolean decidesFor(String recordType) {
		return MonitoringEvent.RECORD_TYPE.equals(recordType);
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
			return this.records.find(Long.parseLong(record.id()))
				.filter(request -> request.requestedBy().equals(user.getUsername()))
				.isPresent();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
