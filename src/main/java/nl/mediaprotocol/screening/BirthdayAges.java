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
			int from = Math.max(0, name.start() - REACH);
			int to = Math.min(text.length(), name.end() + REACH);
			if (!hasDigit(text, from, to)) {
				continue;
			}
			Matcher birthday = ORDINAL_BIRTHDAY.matcher(text).region(from, to);
			if (birthday.find() && sameSentence(text, name, birthday.start(), birthday.end())) {
				ages.add(finding(text, birthday.start(), birthday.end(), article));
			}
			Matcher age = AGE.matcher(text).region(name.end(), to);
			if (age.find() && sameSentence(text, name, age.start(), age.end()) && isAge(text, name, age)) {
				ages.add(finding(text, age.start(), age.end(), article));
			}
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

	private static boolean hasDigit(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/** Whether the text has a date written 2012-09-30, or says DOB: most have neither. */
	private static boolean mayHaveIsoDate(String text) {
		return isoDateAt(text) || text.indexOf("DOB") >= 0 || text.indexOf("dob") >= 0 || text.indexOf("D.O.B") >= 0
				|| text.indexOf("Dob") >= 0;
	}

	private static boolean isoDateAt(String text) {
		for (int dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
			if (dash >= 4 && dash + 6 <= text.length() && text.charAt(dash + 3) == '-' && digits(text, dash - 4, dash)
					&& digits(text, dash + 1, dash + 3) && digits(text, dash + 4, dash + 6)) {
				return true;
			}
		}
		return false;
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static Finding finding(String text, int start, int end, String article) {
		return new Finding(FindingType.DATE_OF_BIRTH, Severity.BLOCK, start, end, text.substring(start, end), article,
				null);
	}

}
