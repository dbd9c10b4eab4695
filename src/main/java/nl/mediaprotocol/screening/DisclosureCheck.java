package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An employee who writes about the board on a personal account says that they work there
 * and as what (3.2.3, 3.3.4), and that it is their personal opinion (3.3.5).
 */
final class DisclosureCheck {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Words that make a post concern the board even without its name. */
	private static final Pattern ABOUT_WORK = Pattern.compile(
			"(?<![\\p{L}])(?:mijn|onze)\\s(?:school|werkgever|werk|leerlingen|klas|collega's|directie|bestuur)(?![\\p{L}])",
			FLAGS);

	private static final String FUNCTIONS = "leerkracht|leraar|lerares|docent|docente|juf|meester|mentor|teamleider|directeur|directrice|bestuurder"
			+ "|intern begeleider|ib'er|onderwijsassistent|klassenassistent|conciërge|concierge|logopedist|fysiotherapeut|psycholoog|orthopedagoog"
			+ "|gedragswetenschapper|jeugdarts|zorgcoördinator|zorgcoordinator|ambulant begeleider|jobcoach|stagebegeleider|administratief medewerker"
			+ "|secretaresse|ict'er|ict-medewerker|communicatiemedewerker|beleidsmedewerker|adviseur|coördinator|coordinator|vakleerkracht|gymleraar"
			+ "|teacher|principal|teaching assistant|team leader|director|counsellor|counselor|therapist|psychologist|coordinator";

	/** "Ik werk als leerkracht bij SSOE", "leerkracht bij SSOE", "als docent op". */
	private static final Pattern ROLE = Pattern.compile("(?<![\\p{L}])(?:(?:" + FUNCTIONS
			+ ")(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:bij|op|van|voor|at|for|of|in)(?![\\p{L}])"
			+ "|(?:ik\\s(?:werk|ben)|werkzaam|in\\sdienst|i\\swork|i\\sam|i'm)[^.!?\\n]{0,40}?(?<![\\p{L}])(?:als|as)\\s(?:een\\s|an?\\s)?(?:"
			+ FUNCTIONS + "))(?![\\p{L}])", FLAGS);

	private static final Pattern DISCLAIMER = Pattern.compile("(?<![\\p{L}])(?:(?:op\\s)?persoonlijke\\stitel"
			+ "|(?:mijn\\s)?(?:eigen|persoonlijke|privé|prive)\\s(?:mening|standpunt|standpunten|opvatting)"
			+ "|(?:mijn|deze)\\s(?:mening|standpunten|meningen)\\s(?:zijn|is)\\s(?:mijn\\s)?(?:eigen|persoonlijk)"
			+ "|op\\seigen\\stitel|niet\\s(?:namens|het\\sstandpunt\\svan)|spreek\\sniet\\snamens"
			+ "|personal\\s(?:opinion|view|views|capacity)|(?:views|opinions)\\s(?:are|expressed\\sare)\\s(?:my\\sown|mine|personal)"
			+ "|my\\sown\\s(?:views|opinion|opinions)|not\\s(?:on\\sbehalf|the\\sviews)\\sof)(?![\\p{L}])", FLAGS);

	List<Finding> check(String text, List<int[]> organisation) {
		int[] about = organisation.isEmpty() ? null : organisation.get(0);
		if (about == null) {
			Matcher work = ABOUT_WORK.matcher(text);
			if (work.find()) {
				about = new int[] { work.start(), work.end() };
			}
		}
		List<Finding> found = new ArrayList<>();
		if (about == null) {
			return found;
		}
		String mention = text.substring(about[0], about[1]);
		if (!ROLE.matcher(text).find()) {
			// 3.2.3 asks for the function, 3.3.4 that the author works at the board
			found.add(new Finding(FindingType.MISSING_ROLE_DISCLOSURE, Severity.WARN, about[0], about[1], mention,
					"3.3.4", null));
		}
		if (!DISCLAIMER.matcher(text).find()) {
			found.add(new Finding(FindingType.MISSING_DISCLAIMER, Severity.WARN, about[0], about[1], mention, "3.3.5",
					null));
		}
		return found;
	}

}
