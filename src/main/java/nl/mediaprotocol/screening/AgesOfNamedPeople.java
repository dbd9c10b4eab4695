package nl.mediaprotocol.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An age tied to a registered person by the post (3.1.3): right after the name ("Lotte is
 * 8", "Daan (groep 6) werd gisteren 10") or, a little further on, after a pronoun that
 * stands for them ("Jesse trakteert, hij is 10 jaar geworden"). Only a child's age (up to
 * 21) counts: "25 jaar in dienst" is no age.
 */
final class AgesOfNamedPeople {

	static final int OLDEST = 21;

	/** How far after a name a pronoun may stand for it. */
	private static final int PRONOUN_REACH = 100;

	private static final Set<String> VERBS = Set.of("is", "wordt", "werd", "was", "turns", "turned");

	private static final Set<String> ADVERBS = Set.of("vandaag", "morgen", "gisteren", "zaterdag", "zondag", "al", "nu",
			"pas", "alweer", "net", "inmiddels", "bijna", "now", "today", "already", "just");

	private static final String[] PRONOUNS = { "hij", "zij", "ze", "he", "she" };

	/** Words after a bare number that keep it an age: "is 8 en zit in groep 5". */
	private static final Set<String> AFTER_BARE_AGE = Set.of("en", "and", "geworden", "vandaag", "today", "jaar",
			"years", "jr", "maar", "dus", "hoera", "gefeliciteerd");

	/** Words after "jaar" that make it a count of years, not an age. */
	private static final Set<String> AFTER_YEARS = Set.of("geleden", "ago", "in", "lid", "getrouwd", "werkzaam", "bij",
			"lang", "samen", "actief", "als", "married", "of");

	private AgesOfNamedPeople() {
	}

	/** The ages tied to the names found, as findings of article's rule. */
	static void find(String text, List<Finding> names, String article, List<Finding> ages) {
		for (Finding name : names) {
			if (!digitWithin(text, name.end(), name.end() + PRONOUN_REACH + 30)) {
				// no number, no age: most names
				continue;
			}
			int[] age = ageAt(text, afterName(text, name.end()), false);
			if (age == null) {
				age = afterPronoun(text, name.end());
			}
			if (age != null) {
				ages.add(new Finding(FindingType.DATE_OF_BIRTH, Severity.BLOCK, age[0], age[1],
						text.substring(age[0], age[1]), article, null));
			}
		}
	}

	private static boolean isLetter(char c) {
		return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
	}

	private static boolean digitWithin(String text, int from, int to) {
		for (int i = from, end = Math.min(to, text.length()); i < end; i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/** After the name, a bracketed aside ("(groep 6)") and a comma are skipped. */
	private static int afterName(String text, int end) {
		int i = skipSpaces(text, end);
		if (i < text.length() && text.charAt(i) == '(') {
			int close = text.indexOf(')', i);
			if (close > 0 && close - i < 30) {
				i = skipSpaces(text, close + 1);
			}
		}
		if (i < text.length() && text.charAt(i) == ',') {
			i = skipSpaces(text, i + 1);
		}
		return i;
	}

	private static int @Nullable [] afterPronoun(String text, int end) {
		int limit = Math.min(text.length(), end + PRONOUN_REACH);
		int i = end;
		while (i < limit) {
			if (!isLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && isLetter(text.charAt(i))) {
				i++;
			}
			if (i - start <= 3 && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
					&& isPronoun(text, start, i)) {
				int[] age = ageAt(text, start, true);
				if (age != null) {
					return age;
				}
			}
		}
		return null;
	}

	/**
	 * "is 8", "werd gisteren 10", "hij is 10 jaar geworden" from {@code start}: [start,
	 * end) or null.
	 */
	private static int @Nullable [] ageAt(String text, int start, boolean pronoun) {
		int i = start;
		int[] word = word(text, i);
		if (word == null) {
			return null;
		}
		if (pronoun) {
			// the pronoun was checked by the caller
			i = skipSpaces(text, word[1]);
			word = word(text, i);
			if (word == null) {
				return null;
			}
		}
		if (!VERBS.contains(lower(text, word))) {
			return null;
		}
		i = skipSpaces(text, word[1]);
		for (int adverbs = 0; adverbs < 2; adverbs++) {
			word = word(text, i);
			if (word == null || !ADVERBS.contains(lower(text, word))) {
				break;
			}
			i = skipSpaces(text, word[1]);
		}
		int digits = i;
		while (digits < text.length() && digits - i < 3 && Character.isDigit(text.charAt(digits))) {
			digits++;
		}
		if (digits == i || digits - i > 2 || Integer.parseInt(text.substring(i, digits)) > OLDEST
				|| Integer.parseInt(text.substring(i, digits)) == 0) {
			return null;
		}
		int end = digits;
		if (end < text.length()
				&& (Character.isLetterOrDigit(text.charAt(end)) || (".,-/:".indexOf(text.charAt(end)) >= 0
						&& end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))))) {
			return null;
		}
		int[] next = word(text, skipSpaces(text, end));
		if (next == null) {
			// the end, punctuation or an emoji
			return new int[] { start, end };
		}
		String after = lower(text, next);
		if (!AFTER_BARE_AGE.contains(after)) {
			return null;
		}
		if (after.equals("jaar") || after.equals("years") || after.equals("jr")) {
			end = next[1];
			int[] more = word(text, skipSpaces(text, end));
			if (more != null && AFTER_YEARS.contains(lower(text, more))) {
				return null;
			}
			if (more != null && Set.of("oud", "old", "geworden").contains(lower(text, more))) {
				end = more[1];
			}
		}
		else if (after.equals("geworden")) {
			end = next[1];
		}
		return new int[] { start, end };
	}

	/** "hij", "Zij", "ze", "he", "she" at [start, end), read without a new string. */
	private static boolean isPronoun(String text, int start, int end) {
		for (String pronoun : PRONOUNS) {
			if (pronoun.length() == end - start && text.regionMatches(true, start, pronoun, 0, pronoun.length())) {
				return true;
			}
		}
		return false;
	}

	/** The word of letters at {@code i}, or null when none starts there. */
	private static int @Nullable [] word(String text, int i) {
		if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
			return null;
		}
		int end = i;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return new int[] { i, end };
	}

	private static String lower(String text, int[] word) {
		return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
	}

	private static int skipSpaces(String text, int i) {
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

}
