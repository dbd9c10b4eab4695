package nl.mediaprotocol.screening;

import java.text.Normalizer;

/**
 * Case and accent folding, one character at a time, so that "Zoë", "ZOE" and "zoe" are
 * the same word without building a new string.
 */
final class Folding {

	private static final char[] TABLE = new char[0x250];

	static {
		for (char c = 0; c < TABLE.length; c++) {
			char lower = Character.toLowerCase(c);
			String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
			TABLE[c] = decomposed.isEmpty() ? lower : decomposed.charAt(0);
		}
		TABLE['ø'] = 'o';
		TABLE['Ø'] = 'o';
		TABLE['æ'] = 'a';
		TABLE['Æ'] = 'a';
		TABLE['ß'] = 's';
		TABLE['ł'] = 'l';
		TABLE['Ł'] = 'l';
	}

	/**
	 * For the Latin characters: the folded character when it belongs to a word, else 0.
	 */
	private static final char[] WORD = new char[TABLE.length];

	static {
		for (char c = 0; c < WORD.length; c++) {
			WORD[c] = Character.isLetterOrDigit(c) ? TABLE[c] : 0;
		}
	}

	private Folding() {
	}

	/**
	 * The folded character when {@code c} belongs to a word, else 0: one look-up for
	 * both.
	 */
	static char foldedWordChar(char c) {
		if (c < WORD.length) {
			return WORD[c];
		}
		return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
	}

	static char fold(char c) {
		return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
	}

	/** Letters and digits make words; everything else separates them. */
	static boolean isWordChar(char c) {
		if (c < 128) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c);
	}

	/**
	 * Whether [start, end) of the text is one of the words, in any case, read without a
	 * new string.
	 */
	static boolean isOneOf(String text, int start, int end, String[] words) {
		for (String word : words) {
			if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
				return true;
			}
		}
		return false;
	}

	static String fold(CharSequence text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(fold(text.charAt(i)));
		}
		return folded.toString();
	}

}
