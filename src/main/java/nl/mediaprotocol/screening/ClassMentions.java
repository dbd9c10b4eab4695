package nl.mediaprotocol.screening;

import java.util.List;

/**
 * A class or group named the way schools write them, whether the directory lists it or
 * not: "klas 4A", "groep 7", "from group 7", "leerjaar 2", and a class code such as 3A
 * where it stands as one: "uit 2A", "van 3B", "in 1C", "(2A)". Such a mention makes a
 * first name point at one child, as the directory's own group names do (3.1.3). A code
 * elsewhere ("3A" in a list of rooms, "in 3D") is no class.
 */
final class ClassMentions {

	/** Words that name a class or group before its number or code. */
	private static final String[] GROUP_WORDS = { "groep", "klas", "group", "class", "leerjaar", "stamgroep",
			"basisgroep", "mentorgroep", "mentorklas", "year", "grade" };

	/** Words before a bare class code that make it one: "uit 2A", "from 4B". */
	private static final String[] BEFORE_CODE = { "uit", "van", "in", "bij", "naar", "voor", "from", "of", "to" };

	/** School types written after a year: "klas 2vwo", "uit 4havo". */
	private static final String[] SCHOOL_TYPES = { "havo", "vwo", "vmbo", "mavo", "vso", "so", "pro", "tl", "kb", "bb",
			"gl" };

	private static final int LONGEST_NUMBER = 2;

	private ClassMentions() {
	}

	/** The spans of the class and group mentions in the text, added to {@code spans}. */
	static void find(String text, List<int[]> spans) {
		find(text, text.toCharArray(), spans);
	}

	/** The same, with a copy of the text's characters the caller made. */
	static void find(String text, char[] chars, List<int[]> spans) {
		int length = chars.length;
		for (int i = 0; i < length; i++) {
			char c = chars[i];
			if (c < '0' || c > '9' || (i > 0 && Character.isLetterOrDigit(chars[i - 1]))) {
				continue;
			}
			int digits = i;
			while (digits < length && isDigit(chars[digits])) {
				digits++;
			}
			int end = digits;
			while (end < length && Character.isLetter(chars[end])) {
				end++;
			}
			if (digits - i > LONGEST_NUMBER || (end < length && isDigit(chars[end]))) {
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
		boolean code = isClassCode(text, digits, end);
		if (end > digits && !code) {
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
		if (wordEnd == start) {
			// no space between a word and the code: no word before it
			wordStart = wordEnd;
		}
		if (Folding.isOneOf(text, wordStart, wordEnd, GROUP_WORDS)) {
			return wordStart;
		}
		if (!code) {
			return -1;
		}
		if (Folding.isOneOf(text, wordStart, wordEnd, BEFORE_CODE)) {
			return start;
		}
		boolean bracketed = start > 0 && text.charAt(start - 1) == '(' && end < text.length()
				&& text.charAt(end) == ')';
		return bracketed ? start : -1;
	}

	/**
	 * "A" of 3A (a capital, not D of 3D), or a school type ("havo"): the letters of a
	 * class code at [start, end).
	 */
	private static boolean isClassCode(String text, int start, int end) {
		if (end - start == 1) {
			char letter = text.charAt(start);
			return letter >= 'A' && letter <= 'Z' && letter != 'D';
		}
		return Folding.isOneOf(text, start, end, SCHOOL_TYPES);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
