package nl.mediaprotocol.directory;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.audit.AuditedRecord;
import nl.mediaprotocol.audit.AuditedRecordPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The audit trail shows an entry naming a person only to whom may see that person.
 */
@Component
class PersonRecordPolicy implements AuditedRecordPolicy {

	private final Directory directory;

	PersonRecordPolicy(Directory directory) {
		this.directory = directory;
	}

	@Override
	public boolean decidesFor(String recordType) {
		return PersonOpened.RECORD_TYPE.equals(recordType);
	}

	@Override
	public boolean maySee(Authentication viewer, AuditedRecord record) {
		return viewer.getPrincipal() instanceof CurrentUser user
				&& this.directory.person(user, record.id()).isPresent();
	}

}
