package nl.mediaprotocol.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages and dates of birth that {@link AgesOfNamedPeople} and the date patterns do not
 * read (3.1.3): a birthday by its number ("je 15e verjaardag", "her 13th birthday"), an
 * age a few words after the name ("Emma uit 2A is pas 12 jaar", "Daan is jarig en wordt
 * 10"), and a date of birth under an English label in ISO form ("DOB 2012-09-30").
 */
final class BirthdayAges {

	/** How far from a name its birthday or age may be said. */
	private static final int REACH = 80;

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** "15e verjaardag", "10de verjaardag", "13th birthday", "21st bday". */
	private static final Pattern ORDINAL_BIRTHDAY = Pattern.compile(
			"(?<![\\p{L}\\d])(\\d{1,2})(?:e|de|ste|st|nd|rd|th)\\s(?:verjaardag|birthday|bday|b-day)(?![\\p{L}])",
			FLAGS);

	private static final String[] VERBS = { "wordt", "werd", "is", "was", "turns", "turned", "turning" };

	private static final String[] ADVERBS = { "vandaag", "morgen", "gisteren", "zaterdag", "zondag", "al", "nu", "pas",
			"net", "alweer", "bijna", "inmiddels", "today", "just", "already", "now" };

	/**
	 * "wordt 10", "is pas 12 jaar", "is net 14 geworden", "turns 9": an age said with a
	 * verb; group 1 is the number.
	 */
	private static final Pattern AGE = Pattern.compile("(?<![\\p{L}])(?:wordt|werd|is|was|turns|turned|turning)"
			+ "(?:\\s(?:vandaag|morgen|gisteren|zaterdag|zondag|al|nu|pas|net|alweer|bijna|inmiddels|today|just|already|now))*"
			+ "\\s(\\d{1,2})(\\s(?:jaar|jr|years)(?:\\s(?:oud|old))?|\\s(?:geworden))?(?![\\p{L}\\d]|[.,]\\d)", FLAGS);

	/**
	 * Words of a sentence that make a bare number after "is" an age: "is jarig en wordt
	 * 10".
	 */
	private static final Pattern BIRTHDAY_WORDS = Pattern.compile("(?<![\\p{L}])(?:jarig|verjaardag|birthday|bday)",
			FLAGS);

	/**
	 * "DOB 2012-09-30", "D.O.B.: 2012-09-30", "geboren op 2012-09-30", and under the
	 * English label also "DOB 30/09/2012".
	 */
	private static final Pattern ISO_BIRTH = Pattern.compile("(?<![\\p{L}])(?:(?:dob|d\\.o\\.b\\.?|date\\sof\\sbirth"
			+ "|geboortedatum|geboren(?:\\sop)?|born(?:\\son)?)\\s?:?\\s?((?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))"
			+ "|(?:dob|d\\.o\\.b\\.?)\\s?:?\\s?((?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}))(?!\\d)",
			FLAGS);

	private BirthdayAges() {
	}

	/** The birthdays and ages tied to the names found, and ISO dates of birth. */
	static void find(String text, List<Finding> names, String article, List<Finding> ages) {
		for (Finding name : names) {
			numbersNear(text, name, article, ages);
		}
		if (mayHaveIsoDate(text)) {
			Matcher born = ISO_BIRTH.matcher(text);
			while (born.find()) {
				int group = born.start(1) >= 0 ? 1 : 2;
				ages.add(finding(text, born.start(group), born.end(group), article));
			}
		}
	}

	/**
	 * Each number of one or two digits near the name: a birthday when a suffix and
	 * "verjaardag" follow it, an age when a verb stands before it. The patterns are asked
	 * only there, as most numbers near a name are neither.
	 */
	private static void numbersNear(String text, Finding name, String article, List<Finding> ages) {
		int to = Math.min(text.length(), name.end() + REACH);
		boolean birthday = false;
		boolean age = false;
		for (int i = Math.max(0, name.start() - REACH); i < to && !(birthday && age); i++) {
			if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
				continue;
			}
			int end = i;
			while (end < text.length() && isDigit(text.charAt(end))) {
				end++;
			}
			if (end - i <= 2 && !birthday && end < text.length() && "edsnrtEDSNRT".indexOf(text.charAt(end)) >= 0) {
				Matcher ordinal = ORDINAL_BIRTHDAY.matcher(text).useTransparentBounds(true).region(i, to);
				if (ordinal.lookingAt() && sameSentence(text, name, ordinal.start(), ordinal.end())) {
					ages.add(finding(text, ordinal.start(), ordinal.end(), article));
					birthday = true;
				}
			}
			int verb = end - i <= 2 && !age && i >= name.end() ? verbBefore(text, i, name.end()) : -1;
			if (verb >= 0) {
				Matcher said = AGE.matcher(text).useTransparentBounds(true).region(verb, to);
				if (said.lookingAt() && sameSentence(text, name, said.start(), said.end()) && isAge(text, name, said)) {
					ages.add(finding(text, said.start(), said.end(), article));
					age = true;
				}
			}
			i = end;
		}
	}

	/**
	 * Where the verb before the number at {@code number} starts, across adverbs ("is pas
	 * 12"), not before {@code limit}; -1 when no verb stands there.
	 */
	private static int verbBefore(String text, int number, int limit) {
		int end = number;
		for (int words = 0; words < 4; words++) {
			int start = end;
			while (start > limit && text.charAt(start - 1) == ' ') {
				start--;
			}
			if (start == end) {
				return -1;
			}
			end = start;
			while (start > limit && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			if (start == end) {
				return -1;
			}
			if (Folding.isOneOf(text, start, end, VERBS)) {
				return start;
			}
			if (!Folding.isOneOf(text, start, end, ADVERBS)) {
				return -1;
			}
			end = start;
		}
		return -1;
	}

	/**
	 * A number up to the oldest child's age that the words say is one: with "jaar",
	 * "geworden", after "wordt", or in a sentence about a birthday.
	 */
	private static boolean isAge(String text, Finding name, Matcher age) {
		int years = Integer.parseInt(age.group(1));
		if (years == 0 || years > AgesOfNamedPeople.OLDEST) {
			return false;
		}
		String verb = text.substring(age.start(), age.start() + 2).toLowerCase(java.util.Locale.ROOT);
		if (age.group(2) != null || verb.equals("wo") || verb.equals("tu")) {
			return !countOfYears(text, age.end());
		}
		return BIRTHDAY_WORDS.matcher(text).region(name.start(), age.start()).find() && isBareAgeEnd(text, age.end());
	}

	/** "12 jaar in dienst", "3 jaar geleden": no age. */
	private static boolean countOfYears(String text, int end) {
		String rest = text.substring(end, Math.min(text.length(), end + 12)).stripLeading();
		for (String word : new String[] { "geleden", "ago", "in dienst", "lid", "getrouwd", "werkzaam", "bij", "lang",
				"samen", "actief", "als", "keer", "uur", "minuten" }) {
			if (rest.regionMatches(true, 0, word, 0, word.length())
					&& (rest.length() == word.length() || !Character.isLetter(rest.charAt(word.length())))) {
				return true;
			}
		}
		return false;
	}

	/** After "is jarig en wordt 10", the number ends the clause: "10!", "10 en". */
	private static boolean isBareAgeEnd(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i == text.length() || !Character.isLetterOrDigit(text.charAt(i))
				|| text.regionMatches(true, i, "en ", 0, 3) || text.regionMatches(true, i, "and ", 0, 4);
	}

	/** Nothing ends the sentence between the name and the age, either way round. */
	private static boolean sameSentence(String text, Finding name, int start, int end) {
		int from = Math.min(name.end(), end);
		int to = Math.max(name.start(), start);
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '.' || c == '!' || c == '?' || c == '\n') {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/**
	 * Whether the text says DOB: most do not. "geboren op 2012-09-30" is found with the
	 * other dates of birth.
	 */
	private static boolean mayHaveIsoDate(String text) {
		return text.indexOf("DOB") >= 0 || text.indexOf("dob") >= 0 || text.indexOf("D.O.B") >= 0
				|| text.indexOf("d.o.b") >= 0;
	}

	private static Finding finding(String text, int start, int end, String article) {
		return new Finding(FindingType.DATE_OF_BIRTH, Severity.BLOCK, start, end, text.substring(start, end), article,
				null);
	}

}
