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

	/**
	 * Words that make a post concern the board even without its name: its work, its
	 * people, its pupils, its management and inspection, its kind of school.
	 */
	private static final Pattern ABOUT_WORK = Pattern.compile("(?<![\\p{L}])(?:"
			+ "(?:mijn|onze|m'n|mn)\\s(?:school|werkgever|werk|leerlingen|leerling|klas|klassen|collega's|collega|collegas"
			+ "|directie|directeur|bestuur|team|schoolleiding|groep|mentorklas|baan)"
			+ "|(?:op|naar|van|het)\\s(?:mijn\\s|m'n\\s|mn\\s|het\\s)?werk|werkgever|collega's|collegas|collega"
			+ "|leerlingen|leerling|(?:de|onze|het)\\s(?:directie|inspectie|onderwijsinspectie|schoolleiding|bestuur|mt)"
			+ "|inspectie|onderwijsinspectie|bij\\sons\\sop\\sschool|op\\sonze\\sschool|speciaal\\sonderwijs|speciaal\\sbasisonderwijs"
			+ "|ouders\\svan\\s(?:klas|groep|mijn|onze)|my\\s(?:school|employer|job|work|students|pupils|colleagues)"
			+ "|(?:at|to)\\swork|colleagues|students|pupils)(?![\\p{L}])", FLAGS);

	private static final String FUNCTIONS = "leerkracht|leraar|lerares|docent|docente|juf|meester|mentor|teamleider|directeur|directrice|bestuurder"
			+ "|intern begeleider|ib'er|onderwijsassistent|klassenassistent|conciërge|concierge|logopedist|fysiotherapeut|psycholoog|orthopedagoog"
			+ "|gedragswetenschapper|jeugdarts|zorgcoördinator|zorgcoordinator|ambulant begeleider|jobcoach|stagebegeleider|administratief medewerker"
			+ "|secretaresse|ict'er|ict-medewerker|communicatiemedewerker|beleidsmedewerker|adviseur|coördinator|coordinator|vakleerkracht|gymleraar"
			+ "|teacher|principal|teaching assistant|team leader|director|counsellor|counselor|therapist|psychologist|coordinator";

	/**
	 * A function written as one word with what it is about: "gymdocent",
	 * "groepsleerkracht", "autismeconsulent", "stagebegeleider".
	 */
	private static final String COMPOUND_FUNCTIONS = "\\p{L}{0,16}?(?:docent|docente|leraar|lerares|leerkracht|begeleider|begeleidster"
			+ "|consulent|medewerker|medewerkster|coördinator|coordinator|assistent|assistente|therapeut|specialist|pedagoog"
			+ "|adviseur|coach|trainer|teacher|assistant|consultant|specialist)";

	/** "Ik werk als leerkracht bij SSOE", "leerkracht bij SSOE", "als docent op". */
	private static final Pattern ROLE = Pattern.compile("(?<![\\p{L}])(?:(?:" + FUNCTIONS + "|" + COMPOUND_FUNCTIONS
			+ ")(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:bij|op|van|voor|at|for|of|in)(?![\\p{L}])"
			+ "|(?:ik\\s(?:werk|ben)|werkzaam|in\\sdienst|i\\swork|i\\sam|i'm)[^.!?\\n]{0,40}?(?<![\\p{L}])(?:als|as)\\s(?:een\\s|an?\\s)?(?:"
			+ FUNCTIONS + "|" + COMPOUND_FUNCTIONS + "))(?![\\p{L}])", FLAGS);

	/**
	 * A function right before the board's or a unit's name: "Consulent Autisme
	 * Steunpunt", "Gymdocent | SSOE".
	 */
	private static final Pattern FUNCTION = Pattern
		.compile("(?<![\\p{L}])(?:" + FUNCTIONS + "|" + COMPOUND_FUNCTIONS + ")(?![\\p{L}])", FLAGS);

	/** How far the board's name may stand after the words of a disclosure. */
	private static final int REACH = 16;

	private static final Pattern DISCLAIMER = Pattern.compile("(?<![\\p{L}])(?:(?:op\\s)?persoonlijke\\stitel"
			+ "|(?:mijn\\s)?(?:eigen|persoonlijke|privé|prive)\\s(?:mening|standpunt|standpunten|opvatting|opvattingen|visie|ideeën|woorden)"
			+ "|(?:mijn|deze)\\s(?:mening|standpunten|meningen)\\s(?:zijn|is)\\s(?:mijn\\s)?(?:eigen|persoonlijk)"
			+ "|op\\seigen\\stitel|niet\\s(?:namens|het\\sstandpunt\\svan|de\\smening\\svan)|spreek\\sniet\\snamens"
			+ "|(?:alleen\\s|puur\\s)?namens\\s(?:mezelf|mijzelf)|voor\\s(?:mezelf|mijzelf)\\s(?:spreek|schrijf)"
			+ "|(?:spreek|schrijf)\\s(?:ik\\s)?(?:alleen\\s)?voor\\s(?:mezelf|mijzelf)|mening\\sis\\svan\\smij"
			+ "|personal\\s(?:opinion|opinions|view|views|capacity)|(?:views|opinions|thoughts)\\s(?:are|expressed\\sare|here\\sare)\\s(?:my\\sown|mine|personal)"
			+ "|(?:views|opinions)\\smy\\sown|my\\sown\\s(?:views|opinion|opinions)|not\\s(?:on\\sbehalf|the\\sviews)\\sof"
			+ "|speaking\\sfor\\smyself)(?![\\p{L}])", FLAGS);

	List<Finding> check(String text, List<int[]> organisation) {
		List<int[]> disclosures = disclosures(text, organisation);
		int[] about = null;
		for (int[] mention : organisation) {
			// "Gymdocent bij SSOE" says where the author works; it is no post about SSOE
			if (!inside(disclosures, mention[0], mention[1])) {
				about = mention;
				break;
			}
		}
		if (about == null) {
			Matcher work = ABOUT_WORK.matcher(text);
			while (work.find()) {
				if (!inside(disclosures, work.start(), work.end())) {
					about = new int[] { work.start(), work.end() };
					break;
				}
			}
		}
		List<Finding> found = new ArrayList<>();
		if (about == null) {
			return found;
		}
		String mention = text.substring(about[0], about[1]);
		if (disclosures.isEmpty()) {
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

	/**
	 * Where the post says what the author does and where: each from its function to the
	 * end of the names of the board or its units that follow it ("Consulent Autisme
	 * Steunpunt (SSOE)").
	 */
	private static List<int[]> disclosures(String text, List<int[]> organisation) {
		List<int[]> found = new ArrayList<>();
		Matcher role = ROLE.matcher(text);
		while (role.find()) {
			found.add(new int[] { role.start(), namesAfter(text, role.end(), organisation) });
		}
		Matcher function = FUNCTION.matcher(text);
		while (function.find()) {
			int end = namesAfter(text, function.end(), organisation);
			if (end > function.end() && !inside(found, function.start(), end)) {
				found.add(new int[] { function.start(), end });
			}
		}
		return found;
	}

	/** The end of the board's names that follow {@code end} closely, else end. */
	private static int namesAfter(String text, int end, List<int[]> organisation) {
		boolean more = true;
		while (more) {
			more = false;
			for (int[] mention : organisation) {
				if (mention[0] >= end && mention[0] - end <= REACH && !sentenceEnds(text, end, mention[0])) {
					end = mention[1];
					more = true;
				}
			}
		}
		return end;
	}

	private static boolean sentenceEnds(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (".!?\n".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean inside(List<int[]> spans, int start, int end) {
		for (int[] span : spans) {
			if (span[0] <= start && end <= span[1]) {
				return true;
			}
		}
		return false;
	}

}
