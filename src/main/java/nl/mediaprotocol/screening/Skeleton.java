package nl.mediaprotocol.screening;

/**
 * A post reduced to what its words spell: folded, leetspeak read as letters ("k4nk3r"), a
 * letter repeated three times or more once ("kankerrr"), letters spaced out joined again
 * ("k a n k e r"), and single spaces between words. It is handed out one character at a
 * time with where that character stands in the original, so that screening a post builds
 * no skeleton string.
 */
final class Skeleton {

	private Skeleton() {
	}

	/** Receives the skeleton of a text, one character at a time. */
	interface Sink {

		/**
		 * One character of the skeleton.
		 * @param c a folded letter, or ' ' before and after each word
		 * @param original its offset in the original text, -1 for a space
		 * @param wordEnd the offset in the original after the word the character belongs
		 * to (for a space: the word before it, 0 before the first)
		 * @return whether the sink wants the rest of this word; the space after it comes
		 * anyway
		 */
		boolean accept(char c, int original, int wordEnd);

	}

	/** The skeleton as a string: " k a n k e r " gives " kanker ". */
	static String text(String original) {
		StringBuilder text = new StringBuilder(original.length() + 2);
		walk(original, (c, at, wordEnd) -> {
			text.append(c);
			return true;
		});
		return text.toString();
	}

	/** Hands the skeleton of {@code original} to the sink, in order. */
	static void walk(String text, Sink sink) {
		walk(text.toCharArray(), sink);
	}

	/** Hands the skeleton of the characters to the sink, in order. */
	static void walk(char[] original, Sink sink) {
		sink.accept(' ', -1, 0);
		long word = nextWord(original, 0);
		while (word >= 0) {
			int start = (int) (word >>> 32);
			int end = (int) word;
			long next = nextWord(original, end);
			if (end - start == 1) {
				// "k a n k e r" and "k.a.n.k.e.r" are one word: three or more words of
				// one
				// letter in a row, at most one character apart
				int last = end;
				int letters = 1;
				long after = next;
				while (after >= 0 && (int) after - (int) (after >>> 32) == 1 && (int) (after >>> 32) - last <= 1) {
					last = (int) after;
					letters++;
					after = nextWord(original, last);
				}
				if (letters >= 3) {
					end = last;
					next = after;
				}
			}
			letters(original, start, end, sink);
			sink.accept(' ', -1, end);
			word = next;
		}
	}

	/** The letters of the word [i, end), with runs of a letter shortened. */
	private static void letters(char[] original, int i, int end, Sink sink) {
		char c = letter(original, i);
		while (i < end) {
			if (c == 0) {
				i++;
				c = i < end ? letter(original, i) : 0;
				continue;
			}
			int run = i + 1;
			int repeats = 1;
			int second = i;
			char next = 0;
			while (run < end && ((next = letter(original, run)) == c || next == 0)) {
				if (next == c && repeats++ == 1) {
					second = run;
				}
				run++;
			}
			// "kankerrrr": three or more of a letter are one; two stay two ("boom" is no
			// "bom")
			if (!sink.accept(c, i, end) || (repeats == 2 && !sink.accept(c, second, end))) {
				return;
			}
			i = run;
			c = run < end ? next : 0;
		}
	}

	/**
	 * {@link #letterOf(char)} for the Latin characters, looked up rather than worked out.
	 */
	private static final char[] LETTERS = new char[0x250];

	static {
		for (char c = 0; c < LETTERS.length; c++) {
			LETTERS[c] = letterOf(c);
		}
	}

	/** The letter a character stands for in a word, or 0 when it separates letters. */
	private static char letter(char[] text, int i) {
		char c = text[i];
		return c < LETTERS.length ? LETTERS[c] : letterOf(c);
	}

	private static char letterOf(char original) {
		char c = Folding.fold(original);
		return switch (c) {
			case '4', '@' -> 'a';
			case '3' -> 'e';
			case '1', '!', '|' -> 'i';
			case '0' -> 'o';
			case '5', '$' -> 's';
			case '7' -> 't';
			case '-', '.', '*', '_', ' ' -> 0;
			default -> Character.isLetter(c) ? c : 0;
		};
	}

	private static final byte OTHER = 0;

	private static final byte LETTER = 1;

	private static final byte LEET = 2;

	private static final byte[] KINDS = new byte[0x250];

	static {
		for (char c = 0; c < KINDS.length; c++) {
			KINDS[c] = Character.isLetter(c) ? LETTER
					: (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|' ? LEET : OTHER;
		}
	}

	private static byte kind(char c) {
		return c < KINDS.length ? KINDS[c] : Character.isLetter(c) ? LETTER : OTHER;
	}

	/**
	 * The next word from {@code from}, as start and end packed in a long, or -1: a run of
	 * letters and leetspeak with at least one real letter ("2024" is not a word, "k4nker"
	 * is).
	 */
	private static long nextWord(char[] text, int from) {
		int i = from;
		int length = text.length;
		while (i < length) {
			char c = text[i];
			byte kind = kind(c);
			if (kind == OTHER) {
				i++;
				continue;
			}
			int start = i;
			boolean letters = false;
			while (i < length) {
				c = text[i];
				kind = kind(c);
				if (kind == LETTER) {
					letters = true;
				}
				else if (kind != LEET || (!(c >= '0' && c <= '9')
						&& !(i + 1 < length && Character.isLetterOrDigit(text[i + 1]) && i > start))) {
					break;
				}
				i++;
			}
			if (letters) {
				return ((long) start << 32) | i;
			}
			if (i == start) {
				i++;
			}
		}
		return -1;
	}

}
