package nl.mediaprotocol.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.jspecify.annotations.Nullable;

/**
 * Personal data that has a shape (3.1.3): numbers that pass their checksum, addresses,
 * plates, dates of birth, contact details. Each check looks only where its shape can be,
 * so that "3.1.6" is no date and a bare run of digits no citizen number.
 */
final class PersonalDataPatterns {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final Pattern PROFILE = Pattern
		.compile("(?<![\\w.@/-])(?:https?://)?(?:(?:www|m|nl|nl-nl|mobile)\\.)?"
				+ "(?:(?:facebook|fb|instagram|twitter|x|threads|pinterest)\\.(?:com|net)/(?!(?:p|reel|reels|explore|groups|events|watch|help|policies|privacy|sharer|share|hashtag|stories|intent|home|search|login|about|legal)(?:[/?#]|(?![\\w.-])))[\\w.-]{2,}"
				+ "|tiktok\\.com/@[\\w.-]+|youtube\\.com/(?:@|c/|channel/|user/)[\\w.-]+|linkedin\\.com/in/[\\w%.-]+"
				+ "|snapchat\\.com/add/[\\w.-]+)/?", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMAIL_DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,32}");

	private static final Pattern BSN = Pattern
		.compile("(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .-]\\d{3}[ .-]\\d{3})(?![\\w-]|[.,/]\\d)");

	private static final String STREET_SUFFIXES = "straat|laan|weg|plein|singel|gracht|kade|dreef|hof|pad|dijk|park|steeg|markt|baan|ring|veld|wal|haven|erf|hoek|akker|gaarde|donk|dam|burcht|wijk|straatweg|boulevard|lei|plantsoen|oord";

	private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\d-])");

	/** The street and number before a postcode: "Kerkstraat 12a, ". */
	private static final Pattern STREET_BEFORE = Pattern
		.compile("(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.']*\\s){0,2}\\p{L}[\\p{Ll}'-]*?(?:" + STREET_SUFFIXES
				+ ")\\s\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}\\d]))?(?:-\\d{1,4})?,?\\s+$");

	/**
	 * Phone-shaped: 8 to 15 digits with the separators people type; libphonenumber
	 * decides.
	 */
	private static final Pattern PHONE_SHAPE = Pattern
		.compile("\\+?\\(?\\d(?:\\)?[ ./-]{0,3}\\(?\\d){7,14}(?![\\p{L}\\d]|[.,/-]\\d)");

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
		PLATE = Pattern.compile("(?:" + alternatives + ")(?![\\p{L}\\d]|-[\\p{L}\\d])");
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

	/** "(9)", "(9 jaar)" after a name. */
	private static final Pattern AGE_IN_BRACKETS = Pattern.compile("\\(\\d{1,2}(?:\\s?(?:jaar|jr\\.?|j|years?))?\\)");

	/** "17", "16 jaar" after "Lucas wordt vandaag", "Nora is". */
	private static final Pattern AGE_AFTER_VERB = Pattern.compile("\\d{1,2}(\\s(?:jaar(?:\\soud)?|years?\\sold|jr))?"
			+ "(?:\\s(?:today|vandaag))?(?![\\d\\p{L}]|\\s(?:geleden|ago|keer|times|minuten|uur|procent|%))");

	private static final Set<String> AGE_VERBS = Set.of("wordt", "werd", "is", "was", "turns", "turned");

	private static final Set<String> AGE_ADVERBS = Set.of("vandaag", "morgen", "gisteren", "zaterdag", "zondag", "al",
			"nu", "pas", "alweer", "now");

	/** "9-jarige Noah". */
	private static final Pattern AGE_ADJECTIVE = Pattern.compile("(\\d{1,2}-jarige)\\s\\p{Lu}\\p{Ll}+");

	/** "9 jaar" in "Noah, 9 jaar,". */
	private static final Pattern AGE_APPOSITION = Pattern
		.compile("\\d{1,2}\\s(?:jaar|years old)(?!\\s(?:geleden|ago))");

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
		int length = text.length();
		Matcher matcher = null;
		int[] runs = new int[16];
		int count = 0;
		boolean slash = false;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				int start = i;
				while (i + 1 < length && isDigit(text.charAt(i + 1))) {
					i++;
				}
				if (count == runs.length) {
					runs = Arrays.copyOf(runs, count * 2);
				}
				runs[count++] = start;
				runs[count++] = i + 1;
			}
			else if (c == '@') {
				email(text, i, found);
			}
			else if (c == '/') {
				slash = true;
			}
		}
		if (slash) {
			each(PROFILE, text, profileWindows(text), m -> {
				int end = m.end();
				while (end > m.start() && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
					end--;
				}
				found.accept(new Candidate(FindingType.PROFILE_URL, m.start(), end));
			});
		}
		if (count == 0) {
			return;
		}
		// each shape is tried only where it can start: at a run of digits, or just before
		// one
		int phoneEnd = -1;
		int studentEnd = -1;
		int bsnEnd = -1;
		int plateEnd = -1;
		for (int r = 0; r < count; r += 2) {
			int start = runs[r];
			int end = runs[r + 1];
			int digits = end - start;
			char before = start > 0 ? text.charAt(start - 1) : ' ';
			if (start >= bsnEnd && mayBeBsn(text, end, digits) && !isWordChar(before) && ".,/-".indexOf(before) < 0
					&& (matcher = lookingAt(BSN, text, start, matcher)) != null
					&& Checksums.isBsn(matcher.group(1).replaceAll("[ .-]", ""))) {
				bsnEnd = matcher.end();
				found.accept(new Candidate(FindingType.BSN, start, matcher.end()));
			}
			if (start >= phoneEnd && digitsWithin(text, start, 20) >= 8) {
				int phoneStart = start;
				if (phoneStart > 0 && text.charAt(phoneStart - 1) == '(') {
					phoneStart--;
				}
				if (phoneStart > 0 && text.charAt(phoneStart - 1) == '+') {
					phoneStart--;
				}
				char outside = phoneStart > 0 ? text.charAt(phoneStart - 1) : ' ';
				if (!Character.isLetterOrDigit(outside) && outside != '+'
						&& (matcher = lookingAt(PHONE_SHAPE, text, phoneStart, matcher)) != null
						&& isPhoneNumber(matcher.group())) {
					phoneEnd = matcher.end();
					found.accept(new Candidate(FindingType.PHONE_NUMBER, phoneStart, matcher.end()));
				}
			}
			if (digits == 4 && !Character.isLetterOrDigit(before)
					&& (matcher = lookingAt(POSTCODE, text, start, matcher)) != null) {
				found.accept(new Candidate(FindingType.ADDRESS, streetBefore(text, start), matcher.end()));
			}
			if (start >= 2 && isCapital(text.charAt(start - 1)) && isCapital(text.charAt(start - 2))
					&& (start == 2 || !Character.isLetterOrDigit(text.charAt(start - 3)))
					&& (matcher = lookingAt(IBAN, text, start - 2, matcher)) != null) {
				iban(text, matcher, found);
			}
			for (int back : nextToDash(text, start, end) ? PLATE_STARTS : NO_STARTS) {
				int plateStart = start - back;
				if (plateStart >= plateEnd && plateStart >= 0 && (back == 0 || isCapital(text.charAt(plateStart)))
						&& (plateStart == 0 || !isPlateChar(text.charAt(plateStart - 1)))
						&& (matcher = lookingAt(PLATE, text, plateStart, matcher)) != null) {
					plateEnd = matcher.end();
					found.accept(new Candidate(FindingType.LICENCE_PLATE, plateStart, matcher.end()));
					break;
				}
			}
			if (digits <= 2) {
				age(text, start, found);
			}
			studentEnd = studentNumber(text, start, studentEnd, found);
		}
		if (mentionsBirth(text)) {
			each(BORN, text, windows(text, (char) 0, 32, 8), m -> {
				if (m.group(1) == null || validDate(m.group(1), m.group(2), m.group(3))) {
					found.accept(new Candidate(FindingType.DATE_OF_BIRTH, m.start(), m.end()));
				}
			});
		}
	}

	/**
	 * The board's student number, tried at the start of each word that holds digits:
	 * "L-1007" is one word.
	 */
	private int studentNumber(String text, int start, int studentEnd, Consumer<Candidate> found) {
		int word = start;
		while (word > 0 && start - word < 12 && !Character.isWhitespace(text.charAt(word - 1))
				&& "([\"'".indexOf(text.charAt(word - 1)) < 0) {
			word--;
		}
		if (word < studentEnd) {
			return studentEnd;
		}
		Matcher number = this.studentNumber.matcher(text);
		number.useTransparentBounds(true).useAnchoringBounds(false).region(word, text.length());
		if (number.lookingAt()) {
			found.accept(new Candidate(FindingType.STUDENT_NUMBER, word, number.end()));
			return number.end();
		}
		return studentEnd;
	}

	private static final String[] PROFILE_HOSTS = { "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com",
			"threads.net", "pinterest.com", "tiktok.com", "youtube.com", "linkedin.com", "snapchat.com" };

	/** Around each slash that follows a social network's host name. */
	private static int[] profileWindows(String text) {
		int[] windows = new int[0];
		int from = 0;
		int slash;
		while ((slash = text.indexOf('/', from)) >= 0) {
			from = slash + 1;
			for (String host : PROFILE_HOSTS) {
				if (slash >= host.length() && text.regionMatches(true, slash - host.length(), host, 0, host.length())) {
					int start = Math.max(0, slash - host.length() - 16);
					int end = Math.min(text.length(), slash + 80);
					if (windows.length > 0 && start <= windows[windows.length - 1]) {
						windows[windows.length - 1] = end;
					}
					else {
						windows = Arrays.copyOf(windows, windows.length + 2);
						windows[windows.length - 2] = start;
						windows[windows.length - 1] = end;
					}
					break;
				}
			}
		}
		return windows;
	}

	/**
	 * How far before a run of digits a licence plate may start: "XX-99-99" starts 3 back.
	 */
	private static final int[] PLATE_STARTS = { 0, 2, 3, 4, 6 };

	private static final int[] NO_STARTS = {};

	private static boolean isPlateChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-';
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
	}

	private static @Nullable Matcher lookingAt(Pattern pattern, String text, int start, @Nullable Matcher reuse) {
		Matcher matcher = reuse == null ? pattern.matcher(text) : reuse.usePattern(pattern);
		matcher.useTransparentBounds(true).useAnchoringBounds(false).region(start, text.length());
		return matcher.lookingAt() ? matcher : null;
	}

	/** "noah.v@gmail.com": the local part backwards from the @, the domain forwards. */
	private static void email(String text, int at, Consumer<Candidate> found) {
		int start = at;
		while (start > 0) {
			char c = text.charAt(start - 1);
			if (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0) {
				start--;
			}
			else {
				break;
			}
		}
		if (start == at) {
			return;
		}
		Matcher domain = EMAIL_DOMAIN.matcher(text).region(at + 1, text.length());
		if (domain.lookingAt()) {
			found.accept(new Candidate(FindingType.EMAIL, start, domain.end()));
		}
	}

	/**
	 * An age next to a name: "Noah (9)", "Lucas wordt vandaag 17", "Noah, 9 jaar",
	 * "9-jarige Noah".
	 */
	private static void age(String text, int start, Consumer<Candidate> found) {
		if (start > 0 && text.charAt(start - 1) == '(') {
			Matcher brackets = AGE_IN_BRACKETS.matcher(text).region(start - 1, text.length());
			if (brackets.lookingAt() && isNameBefore(text, start - 1, true)) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start - 1, brackets.end()));
			}
			return;
		}
		if (start > 0 && isDigit(text.charAt(start - 1))) {
			return;
		}
		Matcher adjective = AGE_ADJECTIVE.matcher(text).region(start, text.length());
		if (adjective.lookingAt()) {
			found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start, adjective.end(1)));
			return;
		}
		if (start >= 2 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ',') {
			Matcher apposition = AGE_APPOSITION.matcher(text).region(start, text.length());
			if (apposition.lookingAt() && isNameBefore(text, start - 2, false)) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start, apposition.end()));
			}
			return;
		}
		Matcher tail = AGE_AFTER_VERB.matcher(text).useTransparentBounds(true).region(start, text.length());
		if (!tail.lookingAt()) {
			return;
		}
		int[] word = wordBefore(text, start);
		if (word == null) {
			return;
		}
		if (AGE_ADVERBS.contains(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT))) {
			word = wordBefore(text, word[0]);
		}
		if (word == null) {
			return;
		}
		String verb = text.substring(word[0], word[1]);
		if (!AGE_VERBS.contains(verb) || ((verb.equals("is") || verb.equals("was")) && tail.group(1) == null)) {
			return;
		}
		if (isNameBefore(text, word[0], false)) {
			found.accept(new Candidate(FindingType.DATE_OF_BIRTH, word[0], tail.end()));
		}
	}

	/** [start, end) of the word just before {@code position}, one space apart. */
	private static int @Nullable [] wordBefore(String text, int position) {
		int end = position;
		if (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return start == end ? null : new int[] { start, end };
	}

	/** A capitalised word that can be a first name right before the position. */
	private static boolean isNameBefore(String text, int position, boolean spaceOptional) {
		if (!spaceOptional && (position == 0 || text.charAt(position - 1) != ' ') && text.charAt(position) != ',') {
			return false;
		}
		int[] word = wordBefore(text, position);
		if (word == null || word[1] - word[0] < 2 || !Character.isUpperCase(text.charAt(word[0]))) {
			return false;
		}
		for (int i = word[0] + 1; i < word[1]; i++) {
			if (!Character.isLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return isName(text.substring(word[0], word[1]));
	}

	private static boolean mentionsBirth(String text) {
		// String.indexOf is vectorised: a few scans beat one scan that compares at every
		// character
		return text.indexOf("eboren") >= 0 || text.indexOf("geb.") >= 0 || text.indexOf("eboorte") >= 0
				|| text.indexOf("born") >= 0 || text.indexOf("Born") >= 0 || text.indexOf("birth") >= 0
				|| text.indexOf("GEBOREN") >= 0;
	}

	/** Digits in the next {@code span} characters: a phone number has eight or more. */
	private static int digitsWithin(String text, int start, int span) {
		int digits = 0;
		int end = Math.min(text.length(), start + span);
		for (int i = start; i < end; i++) {
			if (isDigit(text.charAt(i))) {
				digits++;
			}
		}
		return digits;
	}

	/** "111222333", "1112.22.333", "111 222 333". */
	private static boolean mayBeBsn(String text, int end, int digits) {
		char after = end < text.length() ? text.charAt(end) : ' ';
		return digits == 9 || (digits == 4 && after == '.') || (digits == 3 && " .-".indexOf(after) >= 0);
	}

	private static boolean nextToDash(String text, int start, int end) {
		return (start > 0 && text.charAt(start - 1) == '-') || (end < text.length() && text.charAt(end) == '-');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static int streetBefore(String text, int postcode) {
		// a street comes with a house number: no digit just before the postcode, no
		// street
		int number = postcode - 1;
		while (number >= 0 && postcode - number < 12 && !isDigit(text.charAt(number))) {
			number--;
		}
		if (number < 0 || postcode - number >= 12) {
			return postcode;
		}
		Matcher street = STREET_BEFORE.matcher(text);
		street.region(Math.max(0, number - 50), postcode).useTransparentBounds(true).useAnchoringBounds(true);
		return street.find() ? street.start() : postcode;
	}

	/**
	 * Merged [start, end) pairs around each occurrence of {@code mark} (a digit when mark
	 * is 0), widened by the given margins.
	 */
	private static int[] windows(String text, char mark, int before, int after) {
		int[] windows = new int[8];
		int count = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean hit = mark == 0 ? c >= '0' && c <= '9' : c == mark;
			if (!hit) {
				continue;
			}
			int start = Math.max(0, i - before);
			int end = Math.min(length, i + 1 + after);
			if (count > 0 && start <= windows[count - 1]) {
				windows[count - 1] = end;
			}
			else {
				if (count == windows.length) {
					windows = Arrays.copyOf(windows, count * 2);
				}
				windows[count++] = start;
				windows[count++] = end;
			}
		}
		return Arrays.copyOf(windows, count);
	}

	private static boolean isPhoneNumber(String candidate) {
		// as libphonenumber's VALID leniency: written nationally, a Dutch number starts
		// with its 0
		if (!(candidate.startsWith("+") || candidate.startsWith("0") || candidate.startsWith("(0"))) {
			return false;
		}
		try {
			return PHONES.isValidNumber(PHONES.parse(candidate, "NL"));
		}
		catch (NumberParseException ex) {
			return false;
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
			found.accept(new Candidate(FindingType.IBAN, m.start(), ends[length]));
		}
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

	private static void each(Pattern pattern, String text, int[] windows, Consumer<Matcher> action) {
		Matcher matcher = null;
		for (int w = 0; w < windows.length; w += 2) {
			if (matcher == null) {
				matcher = pattern.matcher(text);
				// lookbehind and lookahead see past the window, matches stay inside it
				matcher.useTransparentBounds(true).useAnchoringBounds(false);
			}
			matcher.region(windows[w], windows[w + 1]);
			while (matcher.find()) {
				action.accept(matcher);
			}
		}
	}

	/** A possible finding before overlaps are settled. */
	record Candidate(FindingType type, int start, int end) {

		static final List<FindingType> PRIORITY = List.of(FindingType.IBAN, FindingType.EMAIL, FindingType.PROFILE_URL,
				FindingType.BSN, FindingType.STUDENT_NUMBER, FindingType.LICENCE_PLATE, FindingType.DATE_OF_BIRTH,
				FindingType.ADDRESS, FindingType.PHONE_NUMBER, FindingType.PERSON_NAME);

	}

}
