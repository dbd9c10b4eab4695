package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * A post reduced to what its words spell: folded, leetspeak read as letters ("k4nk3r"), a
 * letter repeated three times or more once ("kankerrr"), letters spaced out joined again
 * ("k a n k e r"), and single spaces between words, with a map back to the original
 * offsets.
 */
final class Skeleton {

	private final String text;

	/** Per skeleton character: its offset in the original, -1 for a space. */
	private final int[] start;

	/** Per skeleton character: the original offset after the word it belongs to. */
	private final int[] wordEnd;

	private Skeleton(String text, int[] start, int[] wordEnd) {
		this.text = text;
		this.start = start;
		this.wordEnd = wordEnd;
	}

	String text() {
		return this.text;
	}

	int originalStart(int index) {
		return this.start[index];
	}

	int originalEnd(int index) {
		return this.start[index] + 1;
	}

	int originalWordEnd(int index) {
		return this.wordEnd[index];
	}

	static Skeleton of(String original) {
		List<int[]> words = words(original);
		List<int[]> joined = joinSpacedLetters(words);
		StringBuilder text = new StringBuilder(original.length() + 2);
		int[] start = new int[original.length() * 2 + 2];
		int[] wordEnd = new int[original.length() * 2 + 2];
		text.append(' ');
		start[0] = -1;
		for (int[] word : joined) {
			int end = word[1];
			int i = word[0];
			while (i < end) {
				char c = letter(original, i);
				if (c == 0) {
					i++;
					continue;
				}
				int run = i + 1;
				int repeats = 1;
				int second = i;
				while (run < end && (letter(original, run) == c || letter(original, run) == 0)) {
					if (letter(original, run) == c && repeats++ == 1) {
						second = run;
					}
					run++;
				}
				// "kankerrrr": three or more of a letter are one; two stay two ("boom" is
				// no "bom")
				start[text.length()] = i;
				wordEnd[text.length()] = end;
				text.append(c);
				if (repeats == 2) {
					start[text.length()] = second;
					wordEnd[text.length()] = end;
					text.append(c);
				}
				i = run;
			}
			start[text.length()] = -1;
			wordEnd[text.length()] = end;
			text.append(' ');
		}
		return new Skeleton(text.toString(), start, wordEnd);
	}

	/** The letter a character stands for in a word, or 0 when it separates letters. */
	private static char letter(String text, int i) {
		char c = Folding.fold(text.charAt(i));
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

	private static boolean isLetter(char c) {
		return Character.isLetter(c);
	}

	private static boolean isLeet(char c) {
		return (c >= '0' && c <= '9') || c == '@' || c == '$' || c == '!' || c == '|';
	}

	/**
	 * Words as [start, end) in the original: runs of letters and leetspeak with at least
	 * one real letter ("2024" is not a word, "k4nker" is).
	 */
	private static List<int[]> words(String text) {
		List<int[]> words = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (!isLetter(c) && !isLeet(c)) {
				i++;
				continue;
			}
			int start = i;
			boolean letters = false;
			while (i < length) {
				c = text.charAt(i);
				if (isLetter(c)) {
					letters = true;
				}
				else if (!isLeet(c) || (!Character.isLetterOrDigit(c)
						&& !(i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start))) {
					break;
				}
				i++;
			}
			if (letters) {
				words.add(new int[] { start, i });
			}
			else if (i == start) {
				i++;
			}
		}
		return words;
	}

	/**
	 * "k a n k e r" and "k.a.n.k.e.r" are one word: three or more single letters in a
	 * row.
	 */
	private static List<int[]> joinSpacedLetters(List<int[]> words) {
		List<int[]> joined = new ArrayList<>(words.size());
		int i = 0;
		while (i < words.size()) {
			int j = i;
			while (j < words.size() && words.get(j)[1] - words.get(j)[0] == 1
					&& (j == i || words.get(j)[0] - words.get(j - 1)[1] <= 1)) {
				j++;
			}
			if (j - i >= 3) {
				int[] first = words.get(i);
				int[] last = words.get(j - 1);
				joined.add(new int[] { first[0], last[1] });
				i = j;
			}
			else {
				joined.add(words.get(i));
				i++;
			}
		}
		return joined;
	}

}
