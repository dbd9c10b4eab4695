package nl.mediaprotocol.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A class or group named the way schools write them, whether the directory lists it or
 * not: "klas 4A", "groep 7", "from group 7", "leerjaar 2", and a class code such as 3A
 * where it stands as one: "uit 2A", "van 3B", "in 1C", "(2A)". Such a mention makes a
 * first name point at one child, as the directory's own group names do (3.1.3). A code
 * elsewhere ("3A" in a list of rooms, "in 3D") is no class.
 */
final class ClassMentions {

	/** Words that name a class or group before its number or code. */
	private static final Set<String> GROUP_WORDS = Set.of("groep", "klas", "group", "class", "leerjaar", "stamgroep",
			"basisgroep", "mentorgroep", "mentorklas", "year", "grade");

	/** Words before a bare class code that make it one: "uit 2A", "from 4B". */
	private static final Set<String> BEFORE_CODE = Set.of("uit", "van", "in", "bij", "naar", "voor", "from", "of", "to",
			"klas", "groep", "class", "group");

	/** School types written after a year: "klas 2vwo", "uit 4havo". */
	private static final Set<String> SCHOOL_TYPES = Set.of("havo", "vwo", "vmbo", "mavo", "vso", "so", "pro", "tl",
			"kb", "bb", "gl");

	private static final int LONGEST_NUMBER = 2;

	private ClassMentions() {
	}

	/** The spans of the class and group mentions in the text, added to {@code spans}. */
	static void find(String text, List<int[]> spans) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9' || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
				continue;
			}
			int digits = i;
			while (digits < length && isDigit(text.charAt(digits))) {
				digits++;
			}
			int end = digits;
			while (end < length && Character.isLetter(text.charAt(end))) {
				end++;
			}
			if (digits - i > LONGEST_NUMBER || (end < length && isDigit(text.charAt(end)))) {
				i = end;
				continue;
			}
			int start = mention(text, i, digits, end);
			if (start >= 0) {
				spans.add(new int[] { start, end });
			}
			i = end;
		}
	}

	/**
	 * Where the mention of the code at [start, end) starts (its group word, or the code
	 * itself), or -1 when it is no class.
	 */
	private static int mention(String text, int start, int digits, int end) {
		String letters = text.substring(digits, end);
		boolean code = isClassCode(letters);
		if (!letters.isEmpty() && !code) {
			return -1;
		}
		int wordEnd = start;
		while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
			wordEnd--;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String before = wordEnd > wordStart && wordEnd < start
				? text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT) : "";
		if (GROUP_WORDS.contains(before)) {
			return wordStart;
		}
		if (!code) {
			return -1;
		}
		if (BEFORE_CODE.contains(before)) {
			return start;
		}
		boolean bracketed = start > 0 && text.charAt(start - 1) == '(' && end < text.length()
				&& text.charAt(end) == ')';
		return bracketed ? start : -1;
	}

	/**
	 * "A" of 3A (a capital, not D of 3D), or a school type ("havo"): the letters of a
	 * class code.
	 */
	private static boolean isClassCode(String letters) {
		if (letters.length() == 1) {
			char letter = letters.charAt(0);
			return letter >= 'A' && letter <= 'Z' && letter != 'D';
		}
		return SCHOOL_TYPES.contains(letters.toLowerCase(Locale.ROOT));
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
