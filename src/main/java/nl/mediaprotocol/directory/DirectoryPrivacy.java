package nl.mediaprotocol.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.system.PersonalDataSource;
import nl.mediaprotocol.system.ProcessingActivity;
import org.springframework.stereotype.Component;

/**
 * The directory's personal data: the person as the school registered them. People are
 * removed by the import from the school's administration, not by a retention rule here.
 */
@Component
class DirectoryPrivacy implements PersonalDataSource {

	private final Directory directory;

	DirectoryPrivacy(Directory directory) {
		this.directory = directory;
	}

	@Override
	public ProcessingActivity activity() {
		return new ProcessingActivity("Gids",
				"Weten wie bij de school hoort, wie voor wie beslist en wie waarover gaat",
				List.of("leerlingen", "ouders", "medewerkers"),
				List.of("naam", "geboortedatum (leerlingen)", "groep en eenheid", "functie en leidinggevende",
						"e-mailadres", "telefoonnummer (ouders)"),
				List.of("medewerkers binnen hun eenheid", "ouders (eigen kinderen)", "leerlingen (eigen gegevens)"),
				"Zolang iemand bij de school hoort; de import uit de leerling- en personeelsadministratie houdt het bij.");
	}

	@Override
	public String section() {
		return "gids";
	}

	@Override
	public List<Map<String, Object>> about(String personRef) {
		return this.directory.facts(personRef).map(person -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("ref", person.ref());
			item.put("kind", person.kind().name());
			item.put("name", person.displayName());
			item.put("dateOfBirth", person.dateOfBirth() == null ? null : person.dateOfBirth().toString());
			item.put("unit", person.unitCode());
			item.put("groupId", person.groupId());
			item.put("email", person.email());
			item.put("guardians", person.guardianRefs());
			item.put("students", person.studentRefs());
			item.put("manager", person.managerRef());
			return List.<Map<String, Object>>of(item);
		}).orElse(List.of());
	}

}
