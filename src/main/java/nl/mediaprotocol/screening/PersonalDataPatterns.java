package nl.mediaprotocol.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Personal data that has a shape (3.1.3): numbers that pass their checksum, addresses,
 * plates, dates of birth, contact details. Each check looks only where its shape can be,
 * so that "3.1.6" is no date and a bare run of digits no citizen number.
 */
final class PersonalDataPatterns {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

	private static final Pattern PROFILE = Pattern
		.compile("(?<![\\w.@/-])(?:https?://)?(?:(?:www|m|nl|nl-nl|mobile)\\.)?"
				+ "(?:(?:facebook|fb|instagram|twitter|x|threads|pinterest)\\.(?:com|net)/(?!(?:p|reel|reels|explore|groups|events|watch|help|policies|privacy|sharer|share|hashtag|stories|intent|home|search|login|about|legal)(?:[/?#]|(?![\\w.-])))[\\w.-]{2,}"
				+ "|tiktok\\.com/@[\\w.-]+|youtube\\.com/(?:@|c/|channel/|user/)[\\w.-]+|linkedin\\.com/in/[\\w%.-]+"
				+ "|snapchat\\.com/add/[\\w.-]+)/?", Pattern.CASE_INSENSITIVE);

	private static final Pattern IBAN = Pattern.compile("(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,32}");

	private static final Pattern BSN = Pattern
		.compile("(?<![\\w.,/-])(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .-]\\d{3}[ .-]\\d{3})(?![\\w-]|[.,/]\\d)");

	private static final String STREET_SUFFIXES = "straat|laan|weg|plein|singel|gracht|kade|dreef|hof|pad|dijk|park|steeg|markt|baan|ring|veld|wal|haven|erf|hoek|akker|gaarde|donk|dam|burcht|wijk|straatweg|boulevard|lei|plantsoen|oord";

	private static final Pattern ADDRESS = Pattern.compile("(?:((?:\\p{Lu}[\\p{L}.']*\\s){0,2}\\p{Lu}?[\\p{Ll}'-]*(?:"
			+ STREET_SUFFIXES + ")\\s\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}\\d]))?(?:-\\d{1,4})?),?\\s+)?"
			+ "(?<![\\p{L}\\d])[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\d-])");

	private static final Pattern PLATE;

	static {
		String[] sidecodes = { "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
				"D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D" };
		StringBuilder alternatives = new StringBuilder();
		for (String sidecode : sidecodes) {
			if (!alternatives.isEmpty()) {
				alternatives.append('|');
			}
			alternatives.append(sidecode.replace("L", "[A-Z]").replace("D", "\\d"));
		}
		PLATE = Pattern.compile("(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d]|-[\\p{L}\\d])");
	}

	private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
			+ "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
			+ "|january|february|march|may|june|july|august|october";

	private static final String DATE = "(?:(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d{2})|\\d{1,2}\\s(?:" + MONTHS
			+ ")\\.?,?\\s(?:19|20)\\d{2}|(?:" + MONTHS
			+ ")\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d{2}|(?:19|20)\\d{2})";

	private static final Pattern BORN = Pattern
		.compile("(?<![\\p{L}])(?:geboren|geb\\.|geboortedatum:?|born|date of birth:?)(?:\\s(?:op|in|on))?\\s" + DATE
				+ "(?![\\d])", Pattern.CASE_INSENSITIVE);

	/** "Noah (9)", "Noah (9 jaar)". */
	private static final Pattern AGE_IN_BRACKETS = Pattern
		.compile("(\\p{Lu}\\p{Ll}+)\\s?(\\(\\d{1,2}(?:\\s?(?:jaar|jr\\.?|j|years?))?\\))");

	/** "Lucas wordt vandaag 17", "Nora is 16 jaar", "Emma turns 9 today". */
	private static final Pattern AGE_AFTER_VERB = Pattern
		.compile("(\\p{Lu}\\p{Ll}+)\\s((?:wordt|werd|is|was|turns|turned|is now)"
				+ "\\s(?:vandaag\\s|morgen\\s|gisteren\\s|zaterdag\\s|zondag\\s|al\\s|nu\\s|pas\\s|alweer\\s)?(\\d{1,2})"
				+ "(\\s(?:jaar(?:\\soud)?|years?\\sold|jr))?(?:\\s(?:today|vandaag))?)(?![\\d\\p{L}]|\\s(?:geleden|ago|keer|times|minuten|uur|procent|%))");

	/** "de 9-jarige Noah". */
	private static final Pattern AGE_ADJECTIVE = Pattern.compile("(?<![\\d])(\\d{1,2}-jarige)\\s\\p{Lu}\\p{Ll}+");

	/** "Noah, 9 jaar," */
	private static final Pattern AGE_APPOSITION = Pattern
		.compile("(\\p{Lu}\\p{Ll}+),\\s(\\d{1,2}\\s(?:jaar|years old))(?!\\s(?:geleden|ago))");

	/** Capitalised words that are no names: "Het is 12 jaar". */
	private static final Set<String> NOT_NAMES = Set.of("het", "dit", "dat", "er", "die", "deze", "ze", "zij", "hij",
			"wij", "we", "jullie", "u", "ik", "jij", "je", "it", "this", "that", "he", "she", "there", "they", "wie",
			"wat", "hoe", "waar", "wanneer", "who", "what", "school", "de", "een", "the", "a", "mijn", "my", "onze",
			"our", "groep", "klas", "dag", "today", "vandaag", "morgen", "jaar", "alles", "iedereen");

	private final Pattern studentNumber;

	PersonalDataPatterns(Pattern studentNumber) {
		this.studentNumber = studentNumber;
	}

	void find(String text, Consumer<Candidate> found) {
		boolean hasDigit = false;
		boolean hasAt = false;
		boolean hasSlash = false;
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				hasDigit = true;
				digits++;
			}
			else if (c == '@') {
				hasAt = true;
			}
			else if (c == '/') {
				hasSlash = true;
			}
		}
		if (hasAt) {
			each(EMAIL, text, m -> found.accept(new Candidate(FindingType.EMAIL, m.start(), m.end(), null)));
		}
		if (hasSlash) {
			each(PROFILE, text, m -> {
				int end = m.end();
				while (end > m.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
					end--;
				}
				found.accept(new Candidate(FindingType.PROFILE_URL, m.start(), end, null));
			});
		}
		if (!hasDigit) {
			return;
		}
		each(IBAN, text, m -> iban(text, m, found));
		each(BSN, text, m -> {
			if (Checksums.isBsn(m.group(1).replaceAll("[ .-]", ""))) {
				found.accept(new Candidate(FindingType.BSN, m.start(), m.end(), null));
			}
		});
		each(this.studentNumber, text,
				m -> found.accept(new Candidate(FindingType.STUDENT_NUMBER, m.start(), m.end(), null)));
		each(ADDRESS, text, m -> found.accept(new Candidate(FindingType.ADDRESS, m.start(), m.end(), null)));
		each(PLATE, text, m -> found.accept(new Candidate(FindingType.LICENCE_PLATE, m.start(), m.end(), null)));
		birth(text, found);
		if (digits >= 8) {
			for (PhoneNumberMatch match : PHONES.findNumbers(text, "NL", PhoneNumberUtil.Leniency.VALID,
					Long.MAX_VALUE)) {
				found.accept(new Candidate(FindingType.PHONE_NUMBER, match.start(), match.end(), null));
			}
		}
	}

	/** The greedy match may run into the next word: cut it where the checksum holds. */
	private static void iban(String text, Matcher m, Consumer<Candidate> found) {
		StringBuilder compact = new StringBuilder();
		int[] ends = new int[m.end() - m.start() + 1];
		for (int i = m.start(); i < m.end(); i++) {
			char c = text.charAt(i);
			if (c != ' ') {
				compact.append(c);
				ends[compact.length()] = i + 1;
			}
		}
		Integer length = Checksums.IBAN_LENGTHS.get(compact.substring(0, 2));
		if (length != null && length <= compact.length() && Checksums.isIban(compact.substring(0, length))) {
			found.accept(new Candidate(FindingType.IBAN, m.start(), ends[length], null));
		}
	}

	private static void birth(String text, Consumer<Candidate> found) {
		each(BORN, text, m -> {
			if (m.group(1) == null || validDate(m.group(1), m.group(2), m.group(3))) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(), m.end(), null));
			}
		});
		each(AGE_IN_BRACKETS, text, m -> {
			if (isName(m.group(1))) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(2), m.end(2), null));
			}
		});
		each(AGE_AFTER_VERB, text, m -> {
			String verb = m.group(2).substring(0, m.group(2).indexOf(' '));
			boolean needsYears = verb.equals("is") || verb.equals("was");
			if (isName(m.group(1)) && (!needsYears || m.group(4) != null)) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(2), m.end(2), null));
			}
		});
		each(AGE_ADJECTIVE, text,
				m -> found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(1), m.end(1), null)));
		each(AGE_APPOSITION, text, m -> {
			if (isName(m.group(1))) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(2), m.end(2), null));
			}
		});
	}

	private static boolean isName(String word) {
		return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
	}

	private static boolean validDate(String day, String month, String year) {
		try {
			LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			action.accept(matcher);
		}
	}

	/** A possible finding before overlaps are settled. */
	record Candidate(FindingType type, int start, int end, @org.jspecify.annotations.Nullable String category) {

		static final List<FindingType> PRIORITY = List.of(FindingType.IBAN, FindingType.EMAIL, FindingType.PROFILE_URL,
				FindingType.BSN, FindingType.STUDENT_NUMBER, FindingType.LICENCE_PLATE, FindingType.DATE_OF_BIRTH,
				FindingType.ADDRESS, FindingType.PHONE_NUMBER, FindingType.PERSON_NAME);

	}

}
