package nl.mediaprotocol.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Personal data that has a shape (3.1.3): numbers that pass their checksum, addresses,
 * plates, dates of birth, contact details. Each check looks only where its shape can be,
 * so that "3.1.6" is no date and a bare run of digits no citizen number.
 *
 * <p>
 * Speed: one pass over the characters finds the runs of digits, the @s and slashes and
 * the words that may start a date of birth; every check starts from one of those. The
 * fixed shapes (phone, citizen number, postcode, street, plate) are matched by hand;
 * their patterns below stay the definition, and PersonalDataPatternsTests holds each hand
 * matcher to its pattern on random text. Patterns that remain are asked with one
 * {@link Matcher} per pattern and text.
 */
final class PersonalDataPatterns {

	private static final Pattern PROFILE = Pattern
		.compile("(?<![\\w.@/-])(?:https?://)?(?:(?:www|m|nl|nl-nl|mobile)\\.)?"
				+ "(?:(?:facebook|fb|instagram|twitter|x|threads|pinterest)\\.(?:com|net)/(?!(?:p|reel|reels|explore|groups|events|watch|help|policies|privacy|sharer|share|hashtag|stories|intent|home|search|login|about|legal)(?:[/?#]|(?![\\w.-])))[\\w.-]{2,}"
				+ "|tiktok\\.com/@[\\w.-]+|youtube\\.com/(?:@|c/|channel/|user/)[\\w.-]+|linkedin\\.com/in/[\\w%.-]+"
				+ "|snapchat\\.com/add/[\\w.-]+)/?", Pattern.CASE_INSENSITIVE);

	/**
	 * A domain as DNS allows it: labels of at most 63 characters, at most 127 of them, a
	 * top level of letters. Bounded, because Java's regex engine recurses for each
	 * repetition of a group: "gmail3.3.3.…" thousands of labels long overflowed the
	 * stack.
	 */
	private static final Pattern EMAIL_DOMAIN = Pattern
		.compile("[\\p{L}\\d-]{1,63}(?:\\.[\\p{L}\\d-]{1,63}){0,125}\\.\\p{L}{2,63}");

	/**
	 * The definition of {@link #ibanShapeEnd}, which matches it by hand: in any case
	 * ("nl91abna0417164300"), and in capitals also with a space after the country ("NL 91
	 * ABNA ...").
	 */
	static final Pattern IBAN = Pattern.compile("(?:[A-Za-z]{2}|[A-Z]{2} )\\d{2}(?: ?[A-Za-z0-9]){11,32}");

	/** The definition of {@link #bsnShapeEnd}, which matches it by hand. */
	static final Pattern BSN = Pattern
		.compile("(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .-]\\d{3}[ .-]\\d{3})(?![\\w-]|[.,/]\\d)");

	private static final String STREET_SUFFIXES = "straat|laan|weg|plein|singel|gracht|kade|dreef|hof|pad|dijk|park|steeg|markt|baan|ring|veld|wal|haven|erf|hoek|akker|gaarde|donk|dam|burcht|wijk|straatweg|boulevard|lei|plantsoen|oord";

	/** The definition of {@link #postcodeShapeEnd}, which matches it by hand. */
	static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\d-])");

	/**
	 * The street and number before a postcode: "Kerkstraat 12a, ". The definition of
	 * {@link #streetStart}, which matches it by hand.
	 */
	static final Pattern STREET_BEFORE = Pattern
		.compile("(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.']*\\s){0,2}\\p{L}[\\p{Ll}'-]*?(?:" + STREET_SUFFIXES
				+ ")\\s\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}\\d]))?(?:-\\d{1,4})?,?\\s+$");

	/**
	 * Phone-shaped: 8 to 15 digits with the separators people type; libphonenumber
	 * decides. The definition of {@link #phoneShapeEnd}, which matches it by hand.
	 */
	static final Pattern PHONE_SHAPE = Pattern
		.compile("\\+?\\(?\\d(?:\\)?[ ./-]{0,3}\\(?\\d){7,14}(?![\\p{L}\\d]|[.,/-]\\d)");

	/** Dutch plates, L a letter and D a digit, all eight characters long. */
	private static final String[] SIDECODES = { "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL",
			"DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D" };

	/** The definition of {@link #plateShapeEnd}, which matches it by hand. */
	static final Pattern PLATE;

	/**
	 * Per shape of eight characters, read as a number in base 3 (capital 0, digit 1, dash
	 * 2), whether it is a sidecode.
	 */
	private static final boolean[] SIDECODE_SHAPES = new boolean[6561];

	static {
		StringBuilder alternatives = new StringBuilder();
		for (String sidecode : SIDECODES) {
			if (!alternatives.isEmpty()) {
				alternatives.append('|');
			}
			alternatives.append(sidecode.replace("L", "[A-Z]").replace("D", "\\d"));
		}
		PLATE = Pattern.compile("(?:" + alternatives + ")(?![\\p{L}\\d]|-[\\p{L}\\d])");
		for (String sidecode : SIDECODES) {
			int shape = 0;
			for (int i = 0; i < sidecode.length(); i++) {
				char c = sidecode.charAt(i);
				shape = shape * 3 + (c == 'L' ? 0 : c == 'D' ? 1 : 2);
			}
			SIDECODE_SHAPES[shape] = true;
		}
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

	/** "25 jaar in dienst", "12 jaar getrouwd": a count of years, no age. */
	private static final String YEARS_OF = "(?:jaar\\s|years\\s)?(?:in dienst|getrouwd|lid|werkzaam|bij|lang|samen|actief|als|married|in service)(?![\\p{L}])";

	/** "17", "16 jaar" after "Lucas wordt vandaag", "Nora is". */
	private static final Pattern AGE_AFTER_VERB = Pattern.compile("\\d{1,2}(\\s(?:jaar(?:\\soud)?|years?\\sold|jr))?"
			+ "(?:\\s(?:today|vandaag))?(?![\\d\\p{L}]|\\s(?:geleden|ago|keer|times|minuten|uur|procent|%)|\\s"
			+ YEARS_OF + ")");

	private static final String[] AGE_VERB_LIST = { "wordt", "werd", "is", "was", "turns", "turned" };

	private static final String[] AGE_ADVERB_LIST = { "vandaag", "morgen", "gisteren", "zaterdag", "zondag", "al", "nu",
			"pas", "alweer", "now" };

	private static final Set<String> AGE_ADVERBS = Set.of(AGE_ADVERB_LIST);

	/** Whether an adverb has that many letters: most words before a number have not. */
	private static final boolean[] AGE_ADVERB_LENGTHS = new boolean[16];

	static {
		for (String adverb : AGE_ADVERB_LIST) {
			AGE_ADVERB_LENGTHS[adverb.length()] = true;
		}
	}

	/** "9-jarige Noah". */
	private static final Pattern AGE_ADJECTIVE = Pattern.compile("(\\d{1,2}-jarige)\\s\\p{Lu}\\p{Ll}+");

	/** "9 jaar" in "Noah, 9 jaar,". */
	private static final Pattern AGE_APPOSITION = Pattern
		.compile("\\d{1,2}\\s(?:jaar|years old)(?!\\s(?:geleden|ago)|\\s" + YEARS_OF + ")");

	/** Capitalised words that are no names: "Het is 12 jaar". */
	private static final Set<String> NOT_NAMES = Set.of("het", "dit", "dat", "er", "die", "deze", "ze", "zij", "hij",
			"wij", "we", "jullie", "u", "ik", "jij", "je", "it", "this", "that", "he", "she", "there", "they", "wie",
			"wat", "hoe", "waar", "wanneer", "who", "what", "school", "de", "een", "the", "a", "mijn", "my", "onze",
			"our", "groep", "klas", "dag", "today", "vandaag", "morgen", "jaar", "alles", "iedereen");

	private final Pattern studentNumber;

	/** The letter every student number starts with, when the pattern says so; else 0. */
	private final char studentNumberStart;

	/** The board's own one-word names, in lower case: "ssoe", "route040". */
	private final Set<String> organisationNames;

	PersonalDataPatterns(Pattern studentNumber) {
		this(studentNumber, List.of());
	}

	PersonalDataPatterns(Pattern studentNumber, List<String> organisation) {
		this.studentNumber = studentNumber;
		this.studentNumberStart = firstLetter(studentNumber);
		Set<String> names = new java.util.HashSet<>();
		for (String name : organisation) {
			String word = name.strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit)) {
				names.add(word);
			}
		}
		this.organisationNames = Set.copyOf(names);
	}

	/**
	 * The fixed letter or digit a match must start with ("L" of "L-\\d{4,6}"), read
	 * conservatively from the board's pattern inside the look-behind and look-ahead that
	 * {@link ScreeningProperties} puts around it; 0 when the pattern could start
	 * otherwise (flags, alternatives, groups, a quantifier on the first character).
	 */
	static char firstLetter(Pattern pattern) {
		String core = pattern.pattern();
		String before = "(?<![\\p{L}\\d-])";
		String after = "(?![\\p{L}\\d])";
		if (pattern.flags() != 0 || !core.startsWith(before) || !core.endsWith(after)) {
			return 0;
		}
		core = core.substring(before.length(), core.length() - after.length());
		if (core.startsWith("(?:") && core.endsWith(")")) {
			core = core.substring(3, core.length() - 1);
		}
		if (core.length() < 2 || core.contains("|") || core.contains("(") || "?*{".indexOf(core.charAt(1)) >= 0) {
			return 0;
		}
		char first = core.charAt(0);
		return isAsciiLetter(first) || isDigit(first) ? first : 0;
	}

	void find(String text, Consumer<Candidate> found) {
		find(text, text.toCharArray(), found);
	}

	/** The same, with a copy of the text's characters the caller made. */
	void find(String text, char[] chars, Consumer<Candidate> found) {
		int length = text.length();
		Matchers matchers = new Matchers(text);
		// one pass over the characters finds where a shape can be: runs of digits, an @,
		// a slash; every check below starts from one of those
		int[] runs = new int[16];
		int count = 0;
		boolean slash = false;
		boolean obfuscated = false;
		int[] births = NO_STARTS;
		int birthCount = 0;
		// the words of BORN count only in a post that mentions birth: asked first, a few
		// vectorised scans spare a look at every g, b and d of a post that does not
		boolean birth = mentionsBirth(text);
		for (int i = 0; i < length; i++) {
			char c = chars[i];
			byte mark = c < 128 ? MARKS[c] : 0;
			if (mark == 0 || (mark == BIRTH && !birth)) {
				continue;
			}
			if (mark == DIGIT) {
				int start = i;
				while (i + 1 < length && isDigit(chars[i + 1])) {
					i++;
				}
				if (count == runs.length) {
					runs = Arrays.copyOf(runs, count * 2);
				}
				runs[count++] = start;
				runs[count++] = i + 1;
			}
			else if (mark == BIRTH) {
				if (isBirthWordAt(chars, i)) {
					if (birthCount == births.length) {
						births = Arrays.copyOf(births, Math.max(4, birthCount * 2));
					}
					births[birthCount++] = i;
				}
			}
			else if (mark == AT) {
				email(text, i, matchers, found);
			}
			else if (mark == CLOSING) {
				// "(at)", "[at]": an address written against spam
				obfuscated |= i >= 3 && (chars[i - 1] | 0x20) == 't' && (chars[i - 2] | 0x20) == 'a';
			}
			else {
				slash = true;
			}
		}
		if (slash) {
			profiles(text, matchers, found);
		}
		if (obfuscated) {
			obfuscatedEmails(text, found);
		}
		if (count == 0) {
			return;
		}
		// each shape is tried only where it can start: at a run of digits, or just before
		// one
		int phoneEnd = -1;
		int studentEnd = -1;
		int studentWord = -1;
		int bsnEnd = -1;
		int plateEnd = -1;
		PhoneNumbers.Check phones = new PhoneNumbers.Check();
		Matcher matcher;
		for (int r = 0; r < count; r += 2) {
			int start = runs[r];
			int end = runs[r + 1];
			int digits = end - start;
			char before = start > 0 ? text.charAt(start - 1) : ' ';
			int shapeEnd;
			if (start >= bsnEnd && mayBeBsn(text, end, digits) && !isWordChar(before) && ".,/-".indexOf(before) < 0
					&& (shapeEnd = bsnShapeEnd(text, start)) > 0 && Checksums.isBsn(digitsOf(text, start, shapeEnd))
					&& numberContext(text, start, shapeEnd) != REFERENCE) {
				bsnEnd = shapeEnd;
				found.accept(new Candidate(FindingType.BSN, start, shapeEnd));
			}
			else if (digits == 8 && start >= bsnEnd && !isWordChar(before) && ".,/-".indexOf(before) < 0
					&& bsnMayEndAt(text, end) && Checksums.isBsn("0" + text.substring(start, end))
					&& numberContext(text, start, end) == CITIZEN) {
				// an old BSN of eight digits, read with its leading 0, where the post
				// says
				// it is one
				bsnEnd = end;
				found.accept(new Candidate(FindingType.BSN, start, end));
			}
			if (start >= phoneEnd && digitsWithin(runs, r, count, start + 20) >= 8) {
				int phoneStart = start;
				if (phoneStart > 0 && text.charAt(phoneStart - 1) == '(') {
					phoneStart--;
				}
				if (phoneStart > 0 && text.charAt(phoneStart - 1) == '+') {
					phoneStart--;
				}
				char outside = phoneStart > 0 ? text.charAt(phoneStart - 1) : ' ';
				if (!Character.isLetterOrDigit(outside) && outside != '+'
						&& (shapeEnd = phoneShapeEnd(text, phoneStart)) > 0
						&& phones.isValid(text, phoneStart, shapeEnd)) {
					phoneEnd = shapeEnd;
					// a service's or a company's number (0800, 0900, 088) reaches nobody
					// in
					// person
					if (!PhoneNumbers.isServiceNumber(text, phoneStart, shapeEnd)) {
						found.accept(new Candidate(FindingType.PHONE_NUMBER, phoneStart, shapeEnd));
					}
				}
			}
			if (digits == 4 && !Character.isLetterOrDigit(before) && (shapeEnd = postcodeShapeEnd(text, start)) > 0) {
				int street = streetBefore(text, start);
				// a postcode alone for the route planner is where to go, not where
				// someone
				// lives
				if (street < start || !sentenceHas(text, start, shapeEnd, DIRECTIONS)) {
					found.accept(new Candidate(FindingType.ADDRESS, street, shapeEnd));
				}
			}
			int ibanStart = ibanStartBefore(text, start);
			if (ibanStart >= 0 && (ibanStart == 0 || !Character.isLetterOrDigit(text.charAt(ibanStart - 1)))
					&& (shapeEnd = ibanShapeEnd(text, ibanStart)) > 0) {
				iban(text, ibanStart, shapeEnd, found);
			}
			for (int back : nextToDash(text, start, end) ? PLATE_STARTS : NO_STARTS) {
				int plateStart = start - back;
				if (plateStart >= plateEnd && plateStart >= 0 && (back == 0 || isCapital(text.charAt(plateStart)))
						&& (plateStart == 0 || !isPlateChar(text.charAt(plateStart - 1)))
						&& (shapeEnd = plateShapeEnd(text, plateStart)) > 0) {
					plateEnd = shapeEnd;
					found.accept(new Candidate(FindingType.LICENCE_PLATE, plateStart, shapeEnd));
					break;
				}
			}
			if (digits <= 2) {
				age(text, start, end, matchers, found);
			}
			// the board's student number, tried once at the start of each word that holds
			// digits: "L-1007" is one word, and so is "12-03-2024"
			int word = wordStart(text, start);
			if (word != studentWord && word >= studentEnd
					&& (this.studentNumberStart == 0 || text.charAt(word) == this.studentNumberStart)) {
				studentWord = word;
				if ((matcher = matchers.lookingAt(this.studentNumber, word)) != null) {
					studentEnd = matcher.end();
					found.accept(new Candidate(FindingType.STUDENT_NUMBER, word, studentEnd));
				}
			}
		}
		if (birthCount > 0) {
			datesOfBirth(text, births, birthCount, matchers, found);
		}
	}

	private static final byte DIGIT = 1;

	private static final byte AT = 2;

	private static final byte SLASH = 3;

	private static final byte BIRTH = 4;

	private static final byte CLOSING = 5;

	/**
	 * Per ASCII character, what the first pass marks: a digit, an @, a slash, the first
	 * letter of a word of {@link #BORN}.
	 */
	private static final byte[] MARKS = new byte[128];

	/**
	 * Per first letter, in either case, the word of BORN it may start: geb, born, date.
	 */
	private static final String[] BIRTH_WORDS = new String[128];

	static {
		for (char c = '0'; c <= '9'; c++) {
			MARKS[c] = DIGIT;
		}
		MARKS['@'] = AT;
		MARKS['/'] = SLASH;
		MARKS[')'] = CLOSING;
		MARKS[']'] = CLOSING;
		MARKS['}'] = CLOSING;
		for (String word : List.of("geb", "born", "date")) {
			for (char c : new char[] { word.charAt(0), Character.toUpperCase(word.charAt(0)) }) {
				MARKS[c] = BIRTH;
				BIRTH_WORDS[c] = word;
			}
		}
	}

	/**
	 * One matcher per pattern for one text, made when first needed: moving a matcher to
	 * another region costs little, making one does. Look-behind and look-ahead see the
	 * whole text.
	 */
	private static final class Matchers {

		private final String text;

		private final Pattern[] patterns = new Pattern[16];

		private final Matcher[] matchers = new Matcher[16];

		private int size;

		Matchers(String text) {
			this.text = text;
		}

		Matcher of(Pattern pattern) {
			for (int i = 0; i < this.size; i++) {
				if (this.patterns[i] == pattern) {
					return this.matchers[i];
				}
			}
			Matcher matcher = pattern.matcher(this.text).useTransparentBounds(true).useAnchoringBounds(false);
			if (this.size < this.patterns.length) {
				this.patterns[this.size] = pattern;
				this.matchers[this.size++] = matcher;
			}
			return matcher;
		}

		/** The matcher when the pattern matches at {@code start}, else null. */
		@Nullable Matcher lookingAt(Pattern pattern, int start) {
			Matcher matcher = of(pattern);
			matcher.region(start, this.text.length());
			return matcher.lookingAt() ? matcher : null;
		}

	}

	/** Where the word holding position {@code start} begins: "L-1007" is one word. */
	private static int wordStart(String text, int start) {
		int word = start;
		while (word > 0 && start - word < 12 && !Character.isWhitespace(text.charAt(word - 1))
				&& "([\"'".indexOf(text.charAt(word - 1)) < 0) {
			word--;
		}
		return word;
	}

	/**
	 * "geboren op 3 maart 2012", tried only where a word starts as one of the words of
	 * {@link #BORN} does, in text order; as {@link Matcher#find()} would, the next try
	 * starts after a match.
	 */
	private static void datesOfBirth(String text, int[] starts, int count, Matchers matchers,
			Consumer<Candidate> found) {
		int from = 0;
		for (int s = 0; s < count; s++) {
			Matcher born;
			if (starts[s] >= from && (born = matchers.lookingAt(BORN, starts[s])) != null) {
				from = born.end();
				if (born.group(1) == null || validDate(born.group(1), born.group(2), born.group(3))) {
					found.accept(new Candidate(FindingType.DATE_OF_BIRTH, born.start(), born.end()));
				}
			}
			else if (starts[s] >= from) {
				from = dateLaterInTheSentence(text, starts[s], matchers, found, from);
			}
		}
	}

	private static final Set<String> BIRTH_WORDS_BEFORE_A_DATE = Set.of("geboren", "geb", "geboortedatum",
			"geboortedag", "born");

	/** A whole date: day, month and year. */
	private static final Pattern FULL_DATE = Pattern
		.compile("(?<![\\d])(?:(\\d{1,2})[-/.](\\d{1,2})[-/.]((?:19|20)\\d{2})|\\d{1,2}\\s(?:" + MONTHS
				+ ")\\.?,?\\s(?:19|20)\\d{2}|(?:" + MONTHS
				+ ")\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s(?:19|20)\\d{2})(?![\\d])", Pattern.CASE_INSENSITIVE);

	/**
	 * How far after "geboortedatum" its date may stand: "geboortedatum Sophie: 3-5-2014".
	 */
	private static final int BIRTH_DATE_REACH = 40;

	/**
	 * "geboortedatum Sophie uit Klas 2: 03-05-2014": a whole date a few words after a
	 * word of birth, in its sentence. Returns where the next try may start.
	 */
	private static int dateLaterInTheSentence(String text, int word, Matchers matchers, Consumer<Candidate> found,
			int from) {
		int start = word;
		while (start < text.length() && Character.isLetter(text.charAt(start))) {
			start++;
		}
		String birth = text.substring(word, start).toLowerCase(Locale.ROOT);
		if (birth.equals("date") && startsWithAsciiIgnoringCase(text, start, " of birth")) {
			start += " of birth".length();
		}
		else if (!BIRTH_WORDS_BEFORE_A_DATE.contains(birth)) {
			// "gebouw", "gebruik", "save the date" are no birth
			return from;
		}
		int end = Math.min(text.length(), start + BIRTH_DATE_REACH);
		for (int i = start; i < end; i++) {
			if (endsSentence(text, i)) {
				end = i;
				break;
			}
		}
		Matcher date = matchers.of(FULL_DATE);
		date.region(start, Math.min(text.length(), end + 20));
		if (date.find() && date.start() < end
				&& (date.group(1) == null || validDate(date.group(1), date.group(2), date.group(3)))) {
			found.accept(new Candidate(FindingType.DATE_OF_BIRTH, date.start(), date.end()));
			return date.end();
		}
		return from;
	}

	/**
	 * "geb", "born" or "date" at {@code i}, in any case of those ASCII letters (as BORN,
	 * which is case-insensitive for ASCII only, reads them), not after a letter.
	 */
	private static boolean isBirthWordAt(char[] chars, int i) {
		// most g, b and d stand inside a word: that is asked first
		if (i > 0 && isLetter(chars[i - 1])) {
			return false;
		}
		String word = BIRTH_WORDS[chars[i]];
		if (i + word.length() > chars.length) {
			return false;
		}
		// the words are letters: setting the bit of lower case cannot make another
		// character one of them
		for (int k = 1; k < word.length(); k++) {
			if ((chars[i + k] | 0x20) != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetter(char c) {
		return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
	}

	/**
	 * Whether the text has {@code lowerCase} at start, ignoring the case of ASCII
	 * letters.
	 */
	private static boolean startsWithAsciiIgnoringCase(String text, int start, String lowerCase) {
		if (start + lowerCase.length() > text.length()) {
			return false;
		}
		for (int i = 0; i < lowerCase.length(); i++) {
			char c = text.charAt(start + i);
			if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerCase.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Links to someone's profile, looked for in a window around each slash that follows a
	 * social network's host name. In each window as {@link Matcher#find()} would, but
	 * tried only where the pattern can start: at a letter that starts a scheme, subdomain
	 * or host, not after a character of [\w.@/-] (its look-behind).
	 */
	private static void profiles(String text, Matchers matchers, Consumer<Candidate> found) {
		int[] windows = profileWindows(text);
		for (int w = 0; w < windows.length; w += 2) {
			int to = windows[w + 1];
			for (int i = windows[w]; i < to; i++) {
				if (!mayStartProfile(text, i)) {
					continue;
				}
				Matcher profile = matchers.of(PROFILE);
				profile.region(i, to);
				if (profile.lookingAt()) {
					int end = profile.end();
					while (end > i && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
						end--;
					}
					found.accept(new Candidate(FindingType.PROFILE_URL, i, end));
					// as find(): the next try after the match
					i = profile.end() - 1;
				}
			}
		}
	}

	/**
	 * The first letters of http, www, m, nl, mobile and the hosts in PROFILE, either
	 * case.
	 */
	private static final boolean[] PROFILE_FIRST_LETTERS = new boolean[128];

	static {
		for (char c : "hwmnfitxpyls".toCharArray()) {
			PROFILE_FIRST_LETTERS[c] = true;
			PROFILE_FIRST_LETTERS[Character.toUpperCase(c)] = true;
		}
	}

	/** How a match of PROFILE starts: a scheme, a subdomain or a host, in any case. */
	private static final String[] PROFILE_STARTS = { "http", "www.", "m.", "nl.", "nl-nl.", "mobile.", "facebook.",
			"fb.", "instagram.", "twitter.", "x.", "threads.", "pinterest.", "tiktok.", "youtube.", "linkedin.",
			"snapchat." };

	private static boolean mayStartProfile(String text, int i) {
		char c = text.charAt(i);
		if (c >= 128 || !PROFILE_FIRST_LETTERS[c]) {
			return false;
		}
		char before = i > 0 ? text.charAt(i - 1) : ' ';
		if (isWordChar(before) || ".@/-".indexOf(before) >= 0) {
			return false;
		}
		char first = (char) (c | 0x20);
		for (String start : PROFILE_STARTS) {
			if (start.charAt(0) == first && startsWithAsciiIgnoringCase(text, i, start)) {
				return true;
			}
		}
		return false;
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
			// every host ends in ".com" or ".net"; no other characters are those to
			// regionMatches, which ignores case the Unicode way
			if (slash < 4 || !(startsWithAsciiIgnoringCase(text, slash - 4, ".com")
					|| startsWithAsciiIgnoringCase(text, slash - 4, ".net"))) {
				continue;
			}
			for (String host : PROFILE_HOSTS) {
				if (slash >= host.length() && endsWithHost(text, slash, host)) {
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
	 * Whether the host ends at the slash, ignoring case as {@link String#regionMatches}
	 * does (Unicode's way, in which a Kelvin sign is a k); for ASCII text that is ASCII's
	 * way.
	 */
	private static boolean endsWithHost(String text, int slash, String host) {
		int start = slash - host.length();
		for (int i = start; i < slash; i++) {
			if (text.charAt(i) >= 128) {
				return text.regionMatches(true, start, host, 0, host.length());
			}
		}
		return startsWithAsciiIgnoringCase(text, start, host);
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

	/** "noah.v@gmail.com": the local part backwards from the @, the domain forwards. */
	private static void email(String text, int at, Matchers matchers, Consumer<Candidate> found) {
		int start = localPartStart(text, at);
		if (start == at) {
			handle(text, at, found);
			return;
		}
		Matcher domain = matchers.lookingAt(EMAIL_DOMAIN, at + 1);
		if (domain != null) {
			found.accept(new Candidate(FindingType.EMAIL, start, domain.end()));
		}
	}

	/** Where the local part of an e-mail address that ends at {@code end} starts. */
	private static int localPartStart(String text, int end) {
		int start = end;
		while (start > 0) {
			char c = text.charAt(start - 1);
			if (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0) {
				start--;
			}
			else {
				break;
			}
		}
		return start;
	}

	/** Words just before a bare @handle that make it an account: "Volg @noah_v". */
	private static final Set<String> HANDLE_WORDS = Set.of("volg", "volgen", "follow", "insta", "instagram", "ig",
			"tiktok", "snap", "snapchat", "twitter", "x", "threads", "account", "dm", "handle", "youtube", "twitch");

	/**
	 * A bare handle, "@daan_bakker_2013": an account when it has the underscore, dot or
	 * digit of a made-up name, or follows a word such as "volg" or "insta"; "een
	 * @bericht" is no account.
	 */
	private static void handle(String text, int at, Consumer<Candidate> found) {
		if (at > 0 && (isWordChar(text.charAt(at - 1)) || "/@.".indexOf(text.charAt(at - 1)) >= 0)) {
			return;
		}
		int end = at + 1;
		boolean letter = false;
		boolean madeUp = false;
		while (end < text.length() && end - at <= 31) {
			char c = text.charAt(end);
			if (isAsciiLetter(c)) {
				letter = true;
			}
			else if (isDigit(c) || c == '_' || c == '.') {
				madeUp = true;
			}
			else {
				break;
			}
			end++;
		}
		while (end > at + 1 && text.charAt(end - 1) == '.') {
			end--;
		}
		if (!letter || end - at < 3 || end - at > 31
				|| (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '@'))) {
			return;
		}
		if (madeUp || HANDLE_WORDS.contains(wordBeforeLowerCase(text, at))) {
			found.accept(new Candidate(FindingType.PROFILE_URL, at, end));
		}
	}

	/** The word just before {@code position}, one space or colon apart, in lower case. */
	private static String wordBeforeLowerCase(String text, int position) {
		int end = position;
		while (end > 0 && end > position - 2 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ':')) {
			end--;
		}
		int start = lettersBefore(text, end);
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

	/**
	 * "(at)", "[at]" and "{at}", in any case: the @ of an address written against spam.
	 */
	private static final String[] OBFUSCATED_AT = { "(at)", "[at]", "{at}" };

	/** "(dot)", "[dot]", "{dot}": its dots. */
	private static final String[] OBFUSCATED_DOT = { "(dot)", "[dot]", "{dot}", "(punt)", "[punt]" };

	/**
	 * "kees.van.dijk(at)ziggo.nl", "jan [at] gmail [dot] com": an address written against
	 * spam is an address. Looked for only where a text has "at)", "at]" or "at}".
	 */
	private static void obfuscatedEmails(String text, Consumer<Candidate> found) {
		for (String at : OBFUSCATED_AT) {
			int from = 0;
			int marker;
			while ((marker = indexOfAsciiIgnoringCase(text, at, from)) >= 0) {
				from = marker + at.length();
				int localEnd = marker > 0 && text.charAt(marker - 1) == ' ' ? marker - 1 : marker;
				int start = localPartStart(text, localEnd);
				int domain = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
				int end = obfuscatedDomainEnd(text, domain);
				if (start < localEnd && end > 0) {
					found.accept(new Candidate(FindingType.EMAIL, start, end));
				}
			}
		}
	}

	/**
	 * Where a domain whose dots may be written "(dot)" ends: two labels or more, the last
	 * of two letters or more; -1 for none.
	 */
	private static int obfuscatedDomainEnd(String text, int start) {
		int labels = 0;
		int end = -1;
		int i = start;
		while (true) {
			int label = i;
			boolean letters = true;
			while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
				letters &= Character.isLetter(text.charAt(i));
				i++;
			}
			if (i == label) {
				return end;
			}
			labels++;
			if (labels >= 2 && letters && i - label >= 2) {
				end = i;
			}
			if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isLetterOrDigit(text.charAt(i + 1))) {
				i++;
				continue;
			}
			int dot = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
			int next = -1;
			for (String written : OBFUSCATED_DOT) {
				if (startsWithAsciiIgnoringCase(text, dot, written)) {
					next = dot + written.length();
					break;
				}
			}
			if (next < 0) {
				return end;
			}
			i = next < text.length() && text.charAt(next) == ' ' ? next + 1 : next;
		}
	}

	private static int indexOfAsciiIgnoringCase(String text, String lowerCase, int from) {
		for (int i = text.indexOf(lowerCase.charAt(0), from); i >= 0; i = text.indexOf(lowerCase.charAt(0), i + 1)) {
			if (startsWithAsciiIgnoringCase(text, i, lowerCase)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * An age next to a name: "Noah (9)", "Lucas wordt vandaag 17", "Noah, 9 jaar",
	 * "9-jarige Noah". The cheap checks come before each pattern.
	 */
	private static void age(String text, int start, int end, Matchers matchers, Consumer<Candidate> found) {
		Matcher matcher;
		if (start > 0 && text.charAt(start - 1) == '(') {
			if ((matcher = matchers.lookingAt(AGE_IN_BRACKETS, start - 1)) != null
					&& isNameBefore(text, start - 1, true)) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start - 1, matcher.end()));
			}
			return;
		}
		if (end + 1 < text.length() && text.charAt(end) == '-' && text.charAt(end + 1) == 'j'
				&& (matcher = matchers.lookingAt(AGE_ADJECTIVE, start)) != null) {
			found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start, matcher.end(1)));
			return;
		}
		if (start >= 2 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ',') {
			if ((matcher = matchers.lookingAt(AGE_APPOSITION, start)) != null && isNameBefore(text, start - 2, false)) {
				found.accept(new Candidate(FindingType.DATE_OF_BIRTH, start, matcher.end()));
			}
			return;
		}
		// "Lucas wordt (vandaag) 17": the verb before the number first, the pattern after
		// it only then
		int wordEnd = endBefore(text, start);
		int word = lettersBefore(text, wordEnd);
		if (word == wordEnd) {
			return;
		}
		if (isAgeAdverb(text, word, wordEnd)) {
			wordEnd = endBefore(text, word);
			word = lettersBefore(text, wordEnd);
			if (word == wordEnd) {
				return;
			}
		}
		if (!isAgeVerb(text, word, wordEnd)) {
			return;
		}
		Matcher tail = matchers.lookingAt(AGE_AFTER_VERB, start);
		if (tail == null) {
			return;
		}
		boolean linking = text.startsWith("is", word) || text.startsWith("was", word);
		if (linking && tail.group(1) == null) {
			return;
		}
		if (isNameBefore(text, word, false)) {
			found.accept(new Candidate(FindingType.DATE_OF_BIRTH, word, tail.end()));
		}
	}

	/** Where a word before {@code position} ends: one space before it is skipped. */
	private static int endBefore(String text, int position) {
		return position > 0 && text.charAt(position - 1) == ' ' ? position - 1 : position;
	}

	/** Where the letters that end at {@code end} start. */
	private static int lettersBefore(String text, int end) {
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	private static boolean isAgeVerb(String text, int start, int end) {
		for (String verb : AGE_VERB_LIST) {
			if (verb.length() == end - start && text.startsWith(verb, start)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAgeAdverb(String text, int start, int end) {
		if (end - start >= AGE_ADVERB_LENGTHS.length || !AGE_ADVERB_LENGTHS[end - start]) {
			return false;
		}
		for (int i = start; i < end; i++) {
			if (text.charAt(i) >= 128) {
				return AGE_ADVERBS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
			}
		}
		for (String adverb : AGE_ADVERB_LIST) {
			if (adverb.length() == end - start && startsWithAsciiIgnoringCase(text, start, adverb)) {
				return true;
			}
		}
		return false;
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

	/**
	 * Digits before {@code limit} in the runs from run {@code r} on: a phone number has
	 * eight or more in its first twenty characters.
	 */
	private static int digitsWithin(int[] runs, int r, int count, int limit) {
		int digits = 0;
		for (int next = r; next < count && runs[next] < limit; next += 2) {
			digits += Math.min(runs[next + 1], limit) - runs[next];
		}
		return digits;
	}

	/** The digits of [start, end), without the separators. */
	private static String digitsOf(String text, int start, int end) {
		StringBuilder digits = new StringBuilder(end - start);
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	private static final int NO_CONTEXT = 0;

	private static final int CITIZEN = 1;

	private static final int REFERENCE = 2;

	/** Words that say a number is a citizen's: "BSN 111222333". */
	private static final Set<String> CITIZEN_WORDS = Set.of("bsn", "bsnnummer", "bsnnr", "burgerservicenummer",
			"burgerservicenr", "sofi", "sofinummer", "sofinr");

	/**
	 * The starts of words that make a number an order's, invoice's, customer's or
	 * reference's: "Bestelnummer 305332429", "factuur", "kenmerk", "klantnr".
	 */
	private static final String[] REFERENCE_STEMS = { "order", "bestel", "factuur", "referentie", "kenmerk",
			"betalingskenmerk", "betaalkenmerk", "klantnummer", "klantnr", "artikel", "transactie", "zaaknummer",
			"ticket", "tracking", "zending", "pakket", "polis", "lidnummer", "lidmaatschap", "contractnummer",
			"invoice", "reference", "kvk", "btw", "vergunning", "aanvraagnummer", "boeking", "reservering", "voucher",
			"bon" };

	/** The reference words that are whole words only: "ref" but not "reflectie". */
	private static final Set<String> REFERENCE_WORDS = Set.of("ref");

	/** Words of directions: a postcode among them is a destination. */
	private static final Set<String> DIRECTIONS = Set.of("route", "routeplanner", "routebeschrijving", "navigatie",
			"navigatiesysteem", "navigeren", "navigation", "satnav", "tomtom", "directions");

	/**
	 * Whether the span's own sentence, about six words either side, has one of the words.
	 */
	static boolean sentenceHas(String text, int start, int end, Set<String> words) {
		for (String word : wordsAround(text, start, end, 40)) {
			if (words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words, in lower case, of the span's own sentence up to {@code reach} characters
	 * either side of it.
	 */
	static String[] wordsAround(String text, int start, int end, int reach) {
		int from = Math.max(0, start - reach);
		for (int i = start - 1; i >= from; i--) {
			if (endsSentence(text, i)) {
				from = i + 1;
				break;
			}
		}
		int to = Math.min(text.length(), end + reach);
		for (int i = end; i < to; i++) {
			if (endsSentence(text, i)) {
				to = i;
				break;
			}
		}
		List<String> words = new ArrayList<>(16);
		addWords(text, from, start, words);
		addWords(text, end, to, words);
		return words.toArray(String[]::new);
	}

	/** The words (letters and digits) between from and to, in lower case. */
	private static void addWords(String text, int from, int to, List<String> words) {
		int i = from;
		while (i < to) {
			while (i < to && !isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < to && isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
			}
		}
	}

	private static boolean isLetterOrDigit(char c) {
		return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				: Character.isLetter(c);
	}

	/**
	 * What the words around a number say it is, in its own sentence and up to about five
	 * words from it: a citizen's number (which wins), an order's or reference's, or
	 * nothing.
	 */
	static int numberContext(String text, int start, int end) {
		int context = NO_CONTEXT;
		for (String word : wordsAround(text, start, end, 40)) {
			if (CITIZEN_WORDS.contains(word)) {
				return CITIZEN;
			}
			if (isReferenceWord(word)) {
				context = REFERENCE;
			}
		}
		return context;
	}

	private static boolean isReferenceWord(String word) {
		if (REFERENCE_WORDS.contains(word)) {
			return true;
		}
		for (String stem : REFERENCE_STEMS) {
			if (word.startsWith(stem) && (stem.length() > 3 || word.length() == stem.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A line break, or ".", "!", "?" before the end or a space and a capital: a sentence
	 * ends ("Factuurnr. 111" and "t.n.v. Stichting" go on).
	 */
	private static boolean endsSentence(String text, int i) {
		char c = text.charAt(i);
		if (c == '\n' || c == '\r') {
			return true;
		}
		if (c == '.' && i >= 2 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 2) == '.') {
			// letters and dots: an abbreviation ("t.n.v.", "o.v.v.")
			return false;
		}
		return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
				|| (text.charAt(i + 1) == ' ' && i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))));
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
		int start = streetStart(text, Math.max(0, number - 50), postcode);
		return start >= 0 ? start : postcode;
	}

	private static final String[] STREET_SUFFIX_LIST = STREET_SUFFIXES.split("\\|");

	/**
	 * Where the leftmost match of {@link #STREET_BEFORE} in [from, to) starts, or -1; the
	 * match ends at {@code to}. Worked out backwards from the end, where the pattern can
	 * be read in one way only up to the street's name: spaces, a comma, "-2", "a" or "
	 * a", the house number and one space. Before that, every way the name can start is
	 * tried: its first letter, and up to two capitalised words before it.
	 */
	static int streetStart(String text, int from, int to) {
		for (int i = Math.max(0, from - 1); i < to; i++) {
			if (Character.isSurrogate(text.charAt(i))) {
				// letters outside the BMP: left to the pattern
				Matcher street = STREET_BEFORE.matcher(text)
					.region(from, to)
					.useTransparentBounds(true)
					.useAnchoringBounds(true);
				return street.find() ? street.start() : -1;
			}
		}
		int end = to;
		if (end > from && isOtherLineTerminator(text.charAt(end - 1))) {
			// $ also holds just before a line terminator that ends the text
			end--;
		}
		int q = end;
		while (q > from && isSpace(text.charAt(q - 1))) {
			q--;
		}
		if (q == end) {
			return -1;
		}
		if (q > from && text.charAt(q - 1) == ',') {
			q--;
		}
		int run = digitRunStart(text, from, q);
		if (run < q && run > from && text.charAt(run - 1) == '-') {
			// "-2" after the house number
			if (q - run > 4) {
				return -1;
			}
			q = run - 1;
		}
		if (q > from && isAsciiLetter(text.charAt(q - 1))) {
			// "12a" or "12 a"
			q--;
			if (q > from && isSpace(text.charAt(q - 1))) {
				q--;
			}
		}
		int number = digitRunStart(text, from, q);
		if (number == q || q - number > 5 || number == from || !isSpace(text.charAt(number - 1))) {
			return -1;
		}
		int nameEnd = number - 1;
		int best = -1;
		for (String suffix : STREET_SUFFIX_LIST) {
			int suffixStart = nameEnd - suffix.length();
			if (suffixStart - 1 < from || !text.startsWith(suffix, suffixStart)) {
				continue;
			}
			// the name's first letter: any letter from which only lower-case letters, '
			// and
			// - lead to the suffix
			for (int first = suffixStart - 1; first >= from; first--) {
				char c = text.charAt(first);
				if (Character.isLetter(c)) {
					best = earliest(best, streetStartBefore(text, from, first, 2));
				}
				if (Character.getType(c) != Character.LOWERCASE_LETTER && c != '\'' && c != '-') {
					break;
				}
			}
		}
		return best;
	}

	/**
	 * The earliest start, at {@code word} or up to {@code words} capitalised words
	 * ("Prins ", "Van ") before it, that is not right after a letter; -1 for none.
	 */
	private static int streetStartBefore(String text, int from, int word, int words) {
		int best = (word == 0 || !Character.isLetter(text.charAt(word - 1))) ? word : -1;
		if (words == 0 || word - 2 < from || !isSpace(text.charAt(word - 1))) {
			return best;
		}
		for (int capital = word - 2; capital >= from; capital--) {
			char c = text.charAt(capital);
			if (Character.getType(c) == Character.UPPERCASE_LETTER) {
				best = earliest(best, streetStartBefore(text, from, capital, words - 1));
			}
			if (!Character.isLetter(c) && c != '.' && c != '\'') {
				break;
			}
		}
		return best;
	}

	private static int earliest(int a, int b) {
		return a < 0 ? b : b < 0 ? a : Math.min(a, b);
	}

	/**
	 * Where the run of digits that ends at {@code end} starts, not before {@code from}.
	 */
	private static int digitRunStart(String text, int from, int end) {
		int start = end;
		while (start > from && isDigit(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** \s in a pattern: the ASCII white space. */
	private static boolean isSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

	private static boolean isOtherLineTerminator(char c) {
		return c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Where {@link #BSN} matches from {@code start}, or -1: its first form that fits. */
	static int bsnShapeEnd(String text, int start) {
		int end = digitsAt(text, start, 9);
		if (end > 0 && bsnMayEndAt(text, end)) {
			return end;
		}
		end = digitsAt(text, start, 4);
		end = end > 0 && charAt(text, end) == '.' ? digitsAt(text, end + 1, 2) : -1;
		end = end > 0 && charAt(text, end) == '.' ? digitsAt(text, end + 1, 3) : -1;
		if (end > 0 && bsnMayEndAt(text, end)) {
			return end;
		}
		end = digitsAt(text, start, 3);
		end = end > 0 && " .-".indexOf(charAt(text, end)) >= 0 ? digitsAt(text, end + 1, 3) : -1;
		end = end > 0 && " .-".indexOf(charAt(text, end)) >= 0 ? digitsAt(text, end + 1, 3) : -1;
		return end > 0 && bsnMayEndAt(text, end) ? end : -1;
	}

	/** The look-ahead of BSN: no word character or dash next, nor ".,/" and a digit. */
	private static boolean bsnMayEndAt(String text, int i) {
		char c = charAt(text, i);
		return !isWordChar(c) && c != '-' && (".,/".indexOf(c) < 0 || !isDigit(charAt(text, i + 1)));
	}

	/** Where {@link #POSTCODE} matches from {@code start}, or -1. */
	static int postcodeShapeEnd(String text, int start) {
		int end = digitsAt(text, start, 4);
		if (end < 0 || text.charAt(start) == '0') {
			return -1;
		}
		if (isSpace(charAt(text, end))) {
			end++;
		}
		char first = charAt(text, end);
		char second = charAt(text, end + 1);
		if (!isCapital(first) || !isCapital(second)
				|| (first == 'S' && (second == 'A' || second == 'D' || second == 'S'))) {
			return -1;
		}
		end += 2;
		return end < text.length() && (isLetterOrDigitAt(text, end) || text.charAt(end) == '-') ? -1 : end;
	}

	/**
	 * Where {@link #PLATE} matches from {@code start}, or -1: eight characters in a
	 * sidecode.
	 */
	static int plateShapeEnd(String text, int start) {
		int end = start + 8;
		if (end > text.length()) {
			return -1;
		}
		int shape = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			int kind = isCapital(c) ? 0 : isDigit(c) ? 1 : c == '-' ? 2 : -1;
			if (kind < 0) {
				return -1;
			}
			shape = shape * 3 + kind;
		}
		if (!SIDECODE_SHAPES[shape] || (end < text.length() && isLetterOrDigitAt(text, end))
				|| (charAt(text, end) == '-' && end + 1 < text.length() && isLetterOrDigitAt(text, end + 1))) {
			return -1;
		}
		return end;
	}

	/** [\p{L}\d] in a pattern: a letter (a code point) or an ASCII digit. */
	private static boolean isLetterOrDigitAt(String text, int i) {
		return isDigit(text.charAt(i)) || Character.isLetter(text.codePointAt(i));
	}

	/** {@code i + n} when n digits start at i, else -1. */
	private static int digitsAt(String text, int i, int n) {
		if (i + n > text.length()) {
			return -1;
		}
		for (int j = i; j < i + n; j++) {
			if (!isDigit(text.charAt(j))) {
				return -1;
			}
		}
		return i + n;
	}

	/** The character at i, or 0 past the end. */
	private static char charAt(String text, int i) {
		return i < text.length() ? text.charAt(i) : 0;
	}

	/**
	 * Where {@link #PHONE_SHAPE} matches from {@code start}, or -1, worked out by hand.
	 * Each of the pattern's groups (a bracket, up to three separators, a bracket, a
	 * digit) can be read in one way only, so the match ends after the most groups, 7 to
	 * 14 of them, whose end passes the look-ahead.
	 */
	static int phoneShapeEnd(String text, int start) {
		int length = text.length();
		int i = start;
		if (i < length && text.charAt(i) == '+') {
			i++;
		}
		if (i < length && text.charAt(i) == '(') {
			i++;
		}
		if (i >= length || !isDigit(text.charAt(i))) {
			return -1;
		}
		i++;
		int end = -1;
		for (int group = 1; group <= 14; group++) {
			int j = i;
			if (j < length && text.charAt(j) == ')') {
				j++;
			}
			for (int separators = 0; separators < 3 && j < length
					&& " ./-".indexOf(text.charAt(j)) >= 0; separators++) {
				j++;
			}
			if (j < length && text.charAt(j) == '(') {
				j++;
			}
			if (j >= length || !isDigit(text.charAt(j))) {
				break;
			}
			i = j + 1;
			if (group >= 7 && phoneMayEndAt(text, i)) {
				end = i;
			}
		}
		return end;
	}

	/** The look-ahead of PHONE_SHAPE: no letter or digit next, nor ".,/-" and a digit. */
	private static boolean phoneMayEndAt(String text, int i) {
		if (i >= text.length()) {
			return true;
		}
		char c = text.charAt(i);
		if (isDigit(c) || Character.isLetter(text.codePointAt(i))) {
			return false;
		}
		return i + 1 >= text.length() || ".,/-".indexOf(c) < 0 || !isDigit(text.charAt(i + 1));
	}

	/**
	 * Where {@link #IBAN} matches from {@code start}, or -1: two capitals, two digits and
	 * 11 to 32 capitals or digits, each perhaps after one space; greedy, and nothing
	 * follows, so it takes all it can.
	 */
	static int ibanShapeEnd(String text, int start) {
		if (!isAsciiLetter(charAt(text, start)) || !isAsciiLetter(charAt(text, start + 1))) {
			return -1;
		}
		int end;
		if (digitsAt(text, start + 2, 2) > 0) {
			end = start + 4;
		}
		else if (isCapital(text.charAt(start)) && isCapital(text.charAt(start + 1)) && charAt(text, start + 2) == ' '
				&& digitsAt(text, start + 3, 2) > 0) {
			end = start + 5;
		}
		else {
			return -1;
		}
		int groups = 0;
		while (groups < 32) {
			int next = charAt(text, end) == ' ' ? end + 1 : end;
			char c = charAt(text, next);
			if (!isAsciiLetter(c) && !isDigit(c)) {
				break;
			}
			end = next + 1;
			groups++;
		}
		return groups >= 11 ? end : -1;
	}

	/**
	 * Where an IBAN may start before a run of digits: two letters right before it
	 * ("NL91", "nl91"), or two capitals and a space ("NL 91"); -1 for neither.
	 */
	private static int ibanStartBefore(String text, int digits) {
		if (digits >= 2 && isAsciiLetter(text.charAt(digits - 1)) && isAsciiLetter(text.charAt(digits - 2))) {
			return digits - 2;
		}
		if (digits >= 3 && text.charAt(digits - 1) == ' ' && isCapital(text.charAt(digits - 2))
				&& isCapital(text.charAt(digits - 3))) {
			return digits - 3;
		}
		return -1;
	}

	/** The greedy match may run into the next word: cut it where the checksum holds. */
	private void iban(String text, int start, int end, Consumer<Candidate> found) {
		StringBuilder compact = new StringBuilder();
		int[] ends = new int[end - start + 1];
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c != ' ') {
				compact.append(Character.toUpperCase(c));
				ends[compact.length()] = i + 1;
			}
		}
		Integer length = Checksums.IBAN_LENGTHS.get(compact.substring(0, 2));
		if (length != null && length <= compact.length() && Checksums.isIban(compact.substring(0, length))) {
			found.accept(new Candidate(FindingType.IBAN, start, ends[length],
					isOrganisationsAccount(text, start, ends[length])));
		}
	}

	/**
	 * Words that name an account's holder as an organisation: "het IBAN van de
	 * ouderraad", "t.n.v. Stichting SSOE". The board's own one-word names count too.
	 */
	private static final Set<String> ORGANISATION_HOLDERS = Set.of("ouderraad", "oudervereniging", "stichting",
			"vereniging", "medezeggenschapsraad", "school", "schoolfonds", "gemeente", "club", "sportclub", "kerk",
			"parochie", "bv", "nv", "vof");

	/**
	 * Words that make an account a person's all the same: "naar mij", "mijn rekening".
	 */
	private static final Set<String> PERSONAL_HOLDERS = Set.of("mij", "me", "mijn", "jou", "jouw", "je", "privé",
			"prive", "privérekening", "priverekening", "my", "your");

	/**
	 * Whether the account's own sentence, about six words either side, says it is an
	 * organisation's and not a person's.
	 */
	private boolean isOrganisationsAccount(String text, int start, int end) {
		boolean organisation = false;
		for (String word : wordsAround(text, start, end, 40)) {
			if (PERSONAL_HOLDERS.contains(word)) {
				return false;
			}
			organisation |= ORGANISATION_HOLDERS.contains(word) || this.organisationNames.contains(word);
		}
		return organisation;
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

	/**
	 * A possible finding before overlaps are settled; {@code board} when the text says it
	 * is an organisation's, which is no personal data but hides what is inside it.
	 */
	record Candidate(FindingType type, int start, int end, boolean board) {

		Candidate(FindingType type, int start, int end) {
			this(type, start, end, false);
		}

		static final List<FindingType> PRIORITY = List.of(FindingType.IBAN, FindingType.EMAIL, FindingType.PROFILE_URL,
				FindingType.BSN, FindingType.STUDENT_NUMBER, FindingType.LICENCE_PLATE, FindingType.DATE_OF_BIRTH,
				FindingType.ADDRESS, FindingType.PHONE_NUMBER, FindingType.PERSON_NAME);

	}

}
