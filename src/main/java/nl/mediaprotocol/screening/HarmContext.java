package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a harmful word is mentioned rather than used (3.1.9 is about insulting,
 * threatening and radicalising people, not about talking of words), and harm written in
 * numbers, which the {@link Lexicon} does not read.
 *
 * <ul>
 * <li>Reported naming: "de gymleraar noemde hem een mongool", "hij werd uitgescholden
 * voor kankerlijer" tells what someone else said; a parent's complaint is no insult.</li>
 * <li>The word as a word: "wat is een mongool?", "het woord kanker".</li>
 * <li>An educational register for radicalising and sexual words: "bij godsdienst leren we
 * wat jihad betekent", "geile foto's delen is strafbaar".</li>
 * </ul>
 * Quoting what was written ("In de groepsapp stond: kankerlijer") republishes it, and
 * stays harmful.
 */
final class HarmContext {

	/**
	 * Single words before an insult in its sentence that report it: past tenses of naming
	 * and calling names.
	 */
	private static final Set<String> REPORTING = Set.of("noemde", "noemden", "genoemd", "called", "betekent",
			"betekenis", "woord", "woorden", "means", "meaning");

	/** Two words before an insult that ask what it is: "wat is (een) mongool?". */
	private static final Set<String> ASKING = Set.of("wat is", "wat zijn", "wat betekent", "what is", "what's");

	private static final Set<String> ARTICLES = Set.of("een", "de", "het", "a", "an", "the");

	/** Words that put a sentence in the register of a lesson or a warning. */
	private static final Set<String> EDUCATIONAL = Set.of("les", "lessen", "godsdienst", "godsdienstles",
			"levensbeschouwing", "wereldgodsdiensten", "religie", "religies", "geschiedenis", "geschiedenisles",
			"uitleg", "leggen", "voorlichting", "bespreken", "bespreek", "besproken", "strafbaar", "betekent",
			"betekenis", "begrip", "begrippen", "lesson", "lessons", "religion", "history", "means", "meaning");

	private HarmContext() {
	}

	/** Whether the harmful finding is mentioned, reported or taught rather than used. */
	static boolean mentioned(String text, Finding harmful) {
		String category = harmful.category();
		if (category == null) {
			return false;
		}
		int sentence = sentenceStart(text, harmful.start());
		return switch (category) {
			case "insult", "discrimination" -> reported(text, sentence, harmful.start());
			case "radicalisation", "sexual" ->
				hasAny(words(text, sentence, sentenceEnd(text, harmful.end())), EDUCATIONAL);
			default -> false;
		};
	}

	private static boolean reported(String text, int from, int to) {
		List<String> words = words(text, from, to);
		if (hasAny(words, REPORTING)) {
			return true;
		}
		for (int i = 0; i + 1 < words.size(); i++) {
			if (ASKING.contains(words.get(i) + " " + words.get(i + 1))) {
				// "wat is een mongool": the question is right before the word, an article
				// at
				// most between
				return words.size() == i + 2 || (words.size() == i + 3 && ARTICLES.contains(words.get(i + 2)));
			}
		}
		return false;
	}

	private static boolean hasAny(List<String> words, Set<String> cues) {
		for (String word : words) {
			if (cues.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> words(String text, int from, int to) {
		// the runs of letters and apostrophes, as splitting on [^\p{L}']+ gives them,
		// read
		// without a regular expression
		String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		int start = -1;
		int i = 0;
		while (i < lower.length()) {
			int c = lower.codePointAt(i);
			boolean inWord = c == '\'' || Character.isLetter(c);
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(lower.substring(start, i));
				start = -1;
			}
			i += Character.charCount(c);
		}
		if (start >= 0) {
			words.add(lower.substring(start));
		}
		return words;
	}

	private static int sentenceStart(String text, int position) {
		int i = position;
		while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0) {
			i--;
		}
		return i;
	}

	private static int sentenceEnd(String text, int position) {
		int i = position;
		while (i < text.length() && ".!?\n".indexOf(text.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	/**
	 * "14/88", "14-88", "1488": the neo-Nazi number code, as a finding of the lexicon's
	 * radicalisation category; null when the text has none or the lexicon no such
	 * category.
	 */
	static @Nullable Finding numberCode(String text, Lexicon lexicon) {
		int at = text.indexOf("88");
		while (at >= 0) {
			int start = codeStart(text, at);
			int end = at + 2;
			if (start >= 0 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
					&& !partOfANumber(text, start)) {
				for (Lexicon.Category category : lexicon.categories()) {
					if (category.name().equals("radicalisation")) {
						return new Finding(FindingType.HARMFUL_CONTENT, category.severity(), start, end,
								text.substring(start, end), category.article(), category.name());
					}
				}
				return null;
			}
			at = text.indexOf("88", at + 2);
		}
		return null;
	}

	/** "040-1488", "€ 1488", "3.1488": a number that ends in the code is no code. */
	private static boolean partOfANumber(String text, int start) {
		if (start == 0) {
			return false;
		}
		char before = text.charAt(start - 1);
		if (before == ' ' && start >= 2) {
			char currency = text.charAt(start - 2);
			return currency == '€' || currency == '$';
		}
		return Character.isLetterOrDigit(before) || "€$.,:-/+".indexOf(before) >= 0;
	}

	/** Where "14" starts before the "88" at {@code at}, with at most a / or - between. */
	private static int codeStart(String text, int at) {
		int i = at;
		if (i > 0 && (text.charAt(i - 1) == '/' || text.charAt(i - 1) == '-')) {
			i--;
		}
		return i >= 2 && text.charAt(i - 2) == '1' && text.charAt(i - 1) == '4' ? i - 2 : -1;
	}

}
