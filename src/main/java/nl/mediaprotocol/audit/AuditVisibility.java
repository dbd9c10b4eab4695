package nl.mediaprotocol.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides which entries a viewer may see: an entry is shown only to whom may see the
 * record it names and the person it concerns, as the module that owns the record decides.
 */
@Component
class AuditVisibility {

	/** The record type under which the directory decides who may see a person. */
	static final String PERSON = AuditedRecord.PERSON;

	private final List<AuditedRecordPolicy> policies;

	AuditVisibility(List<AuditedRecordPolicy> policies) {
		this.policies = List.copyOf(policies);
	}

	/** A check for one viewer that remembers its answers, for a search or an export. */
	Check forViewer(Authentication viewer) {
		return new Check(viewer);
	}

	final class Check {

		private final Authentication viewer;

		private final Map<AuditedRecord, Boolean> answers = new HashMap<>();

		private Check(Authentication viewer) {
			this.viewer = viewer;
		}

		boolean maySee(AuditEntry entry) {
			if (!maySee(new AuditedRecord(entry.recordType(), entry.recordId()))) {
				return false;
			}
			return entry.subjectRef() == null || maySee(new AuditedRecord(PERSON, entry.subjectRef()));
		}

		private boolean maySee(AuditedRecord record) {
			return this.answers.computeIfAbsent(record,
					key -> AuditVisibility.this.policies.stream()
						.filter(policy -> policy.decidesFor(key.type()))
						.allMatch(policy -> policy.maySee(this.viewer, key)));
		}

	}

}
