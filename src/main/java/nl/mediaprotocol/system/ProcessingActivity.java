package nl.mediaprotocol.system;

import java.util.List;

/**
 * One processing activity of the register the AVG asks for (article 30): a module
 * declares what it does with personal data, so that the register is generated from the
 * code and cannot drift from it.
 *
 * @param name what the processing is called, e.g. "Meldpunt"
 * @param purpose why the data is processed, with the article of the protocol
 * @param subjects whose data it is (leerlingen, ouders, medewerkers, melders)
 * @param dataCategories which data
 * @param roles who has access
 * @param retention how long it is kept, in words
 */
public record ProcessingActivity(String name, String purpose, List<String> subjects, List<String> dataCategories,
		List<String> roles, String retention) {
}
