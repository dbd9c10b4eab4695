package nl.mediaprotocol.privacy;

import java.time.Instant;
import java.time.Period;

import nl.mediaprotocol.audit.AuditRetention;
import nl.mediaprotocol.system.RetentionRule;
import org.springframework.stereotype.Component;

/**
 * The audit trail's retention: the audit module sits below the shared rules, so its rule
 * is declared here.
 */
@Component
class AuditTrailRetention implements RetentionRule {

	private final AuditRetention audit;

	AuditTrailRetention(AuditRetention audit) {
		this.audit = audit;
	}

	@Override
	public String kind() {
		return "audit";
	}

	@Override
	public Period defaultPeriod() {
		return Period.ofYears(5);
	}

	@Override
	public String reason() {
		return "Vijf jaar: lang genoeg om bij een klacht of datalek na te gaan wie wat inzag of veranderde; de keten blijft controleerbaar vanaf de oudste bewaarde regel.";
	}

	@Override
	public Outcome purge(Instant cutoff, boolean dryRun) {
		return new Outcome(this.audit.purgeBefore(cutoff, dryRun),
				"oudste regels verwijderd; de keten begint bij de eerste bewaarde");
	}

}
