package nl.mediaprotocol.cases;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How soon the tasks the protocol sets are due, and how often an overdue task is
 * reminded.
 *
 * @param inspectorCall the call to the Landelijke Vertrouwensinspecteur after a case is
 * qualified transgressive (4.2)
 * @param informBestuur informing the bestuur of a possible sexual offence: directly
 * @param consultInspector the bestuur consulting the vertrouwensinspecteur: at once
 * @param policeReport the police report after a reasonable suspicion
 * @param remindEvery how long after a reminder an overdue task is reminded again
 */
@Validated
@ConfigurationProperties("mediaprotocol.cases.deadlines")
record CaseDeadlines(@DefaultValue("1d") @NotNull Duration inspectorCall,
		@DefaultValue("4h") @NotNull Duration informBestuur, @DefaultValue("1d") @NotNull Duration consultInspector,
		@DefaultValue("2d") @NotNull Duration policeReport, @DefaultValue("1d") @NotNull Duration remindEvery) {
}
