package nl.mediaprotocol.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.system.PersonalDataSource;
import nl.mediaprotocol.system.ProcessingActivity;
import org.springframework.stereotype.Component;

/**
 * The consent register's personal data: every decision about the person. Consent is kept
 * as long as the images it covers may be used: no purge.
 */
@Component
class ConsentPrivacy implements PersonalDataSource {

	private final Decisions decisions;

	ConsentPrivacy(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Toestemmingsregister",
				"Vastleggen of foto's, video's en geluid van iemand gebruikt mogen worden, per doel (3.1.6)",
				List.of("leerlingen", "ouders", "medewerkers"),
				List.of("keuzes per doel en soort opname", "wie besliste en hoe", "scans van papieren formulieren"),
				List.of("de persoon zelf en wie voor hem beslist", "beheerder", "directeur", "teamleider",
						"communicatie", "FG"),
				"Zolang de opnamen gebruikt mogen worden; de geschiedenis blijft als bewijs van toestemming.");
	}

	@Override
	public String section() {
		return "toestemming";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.decisions.about(List.of(personRef)).stream().map(decision -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("purpose", decision.purpose());
			item.put("medium", decision.medium().name());
			item.put("granted", decision.granted());
			item.put("decidedBy", decision.decidedBy().name());
			item.put("method", decision.method().name());
			item.put("decidedAt", decision.decidedAt().toString());
			item.put("paperForm", decision.scanId() != null);
			return item;
		}).toList();
	}

}
