package nl.mediaprotocol.screening;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The board's list of harmful words and phrases per category (3.1.9: "pesten, bedreigen,
 * radicalisering, sexting"; 1.3: "fatsoensnormen"), kept as data. A term ending in
 * {@code *} also matches the words it starts ("kanker*" finds "kankerlijer"); all terms
 * are matched on the {@link Skeleton} of a post, so that "K4NKER", "k a n k e r" and
 * "kankerrr" are found as well.
 *
 * <p>
 * The file has one term per line under a section header
 * {@code [category] SEVERITY article}; {@code #} starts a comment. Alternatives in
 * brackets write word forms and variants on one line: {@code (lui|luie) (turk|turken)}.
 */
final class Lexicon {

	private static final int ALPHABET = 28;

	private static final int SPACE = 26;

	private static final int OTHER = 27;

	private final List<Category> categories;

	private final List<Term> terms;

	/** The automaton as a full transition table: state * ALPHABET + symbol. */
	private final int[] next;

	/** Per state, the terms that end there, through the output links. */
	private final int[][] outputs;

	/** Per state, whether any term ends there: one look-up per character. */
	private final boolean[] accepting;

	/**
	 * A power of two longer than the longest pattern: how many skeleton characters a scan
	 * remembers the original offsets of.
	 */
	private final int window;

	record Category(String name, Severity severity, String article) {
	}

	record Term(String skeleton, boolean prefix, boolean allowed, Category category) {
	}

	private Lexicon(List<Category> categories, List<Term> terms) {
		this.categories = List.copyOf(categories);
		this.terms = List.copyOf(terms);
		List<int[]> goTo = new ArrayList<>();
		List<int[]> ends = new ArrayList<>();
		goTo.add(empty());
		ends.add(new int[0]);
		for (int t = 0; t < terms.size(); t++) {
			String pattern = pattern(terms.get(t));
			int state = 0;
			for (int i = 0; i < pattern.length(); i++) {
				int symbol = symbol(pattern.charAt(i));
				if (goTo.get(state)[symbol] < 0) {
					goTo.get(state)[symbol] = goTo.size();
					goTo.add(empty());
					ends.add(new int[0]);
				}
				state = goTo.get(state)[symbol];
			}
			int[] previous = ends.get(state);
			int[] more = Arrays.copyOf(previous, previous.length + 1);
			more[previous.length] = t;
			ends.set(state, more);
		}
		renumberBreadthFirst(goTo, ends);
		int states = goTo.size();
		this.next = new int[states * ALPHABET];
		this.outputs = new int[states][];
		this.accepting = new boolean[states];
		int longest = terms.stream().mapToInt(term -> pattern(term).length()).max().orElse(1);
		this.window = Integer.highestOneBit(longest) * 2;
		int[] fail = new int[states];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int symbol = 0; symbol < ALPHABET; symbol++) {
			int child = goTo.get(0)[symbol];
			if (child > 0) {
				fail[child] = 0;
				this.next[symbol] = child;
				queue.add(child);
			}
		}
		this.outputs[0] = new int[0];
		while (!queue.isEmpty()) {
			int state = queue.poll();
			int[] own = ends.get(state);
			int[] inherited = this.outputs[fail[state]];
			int[] all = Arrays.copyOf(own, own.length + inherited.length);
			System.arraycopy(inherited, 0, all, own.length, inherited.length);
			this.outputs[state] = all;
			this.accepting[state] = all.length > 0;
			for (int symbol = 0; symbol < ALPHABET; symbol++) {
				int child = goTo.get(state)[symbol];
				if (child > 0) {
					fail[child] = this.next[fail[state] * ALPHABET + symbol];
					this.next[state * ALPHABET + symbol] = child;
					queue.add(child);
				}
				else {
					this.next[state * ALPHABET + symbol] = this.next[fail[state] * ALPHABET + symbol];
				}
			}
		}
	}

	/**
	 * Numbers the states of the trie level by level: the states near the root, where the
	 * automaton spends most characters, then lie together in the transition table and
	 * share the processor's cache.
	 */
	private static void renumberBreadthFirst(List<int[]> goTo, List<int[]> ends) {
		int states = goTo.size();
		int[] order = new int[states];
		int[] number = new int[states];
		int count = 1;
		for (int head = 0; head < count; head++) {
			for (int child : goTo.get(order[head])) {
				if (child > 0) {
					number[child] = count;
					order[count++] = child;
				}
			}
		}
		List<int[]> renumberedGoTo = new ArrayList<>(states);
		List<int[]> renumberedEnds = new ArrayList<>(states);
		for (int state : order) {
			int[] row = goTo.get(state).clone();
			for (int symbol = 0; symbol < ALPHABET; symbol++) {
				if (row[symbol] > 0) {
					row[symbol] = number[row[symbol]];
				}
			}
			renumberedGoTo.add(row);
			renumberedEnds.add(ends.get(state));
		}
		goTo.clear();
		goTo.addAll(renumberedGoTo);
		ends.clear();
		ends.addAll(renumberedEnds);
	}

	private static int[] empty() {
		int[] row = new int[ALPHABET];
		Arrays.fill(row, -1);
		return row;
	}

	/** " kanker" for a prefix term, " ik maak je af " for a whole phrase. */
	private static String pattern(Term term) {
		return " " + term.skeleton() + (term.prefix() ? "" : " ");
	}

	private static int symbol(char c) {
		if (c >= 'a' && c <= 'z') {
			return c - 'a';
		}
		return c == ' ' ? SPACE : OTHER;
	}

	static Lexicon load(InputStream in) {
		List<Category> categories = new ArrayList<>();
		List<Term> terms = new ArrayList<>();
		DataFileLines.read(in, (number, content) -> {
			if (content.startsWith("[")) {
				String[] parts = content.split("\\s+");
				if (parts.length != 3 || !parts[0].endsWith("]")) {
					throw new IllegalArgumentException(
							"Lexicon line " + number + ": expected [category] SEVERITY article");
				}
				categories.add(new Category(parts[0].substring(1, parts[0].length() - 1).toLowerCase(Locale.ROOT),
						Severity.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2]));
				return;
			}
			if (categories.isEmpty()) {
				throw new IllegalArgumentException("Lexicon line " + number + ": a term before any [category]");
			}
			boolean allowed = content.startsWith("!");
			for (String term : alternatives(allowed ? content.substring(1) : content, number)) {
				boolean prefix = term.endsWith("*");
				String skeleton = Skeleton.text(prefix ? term.substring(0, term.length() - 1) : term).strip();
				if (!skeleton.isEmpty()) {
					terms.add(new Term(skeleton, prefix, allowed, categories.getLast()));
				}
			}
		});
		if (terms.isEmpty()) {
			throw new IllegalArgumentException("The lexicon has no terms");
		}
		return new Lexicon(categories, terms);
	}

	/**
	 * The terms a line stands for: "(lui|luie) turken" is "lui turken" and "luie turken";
	 * brackets do not nest.
	 */
	static List<String> alternatives(String line, int number) {
		int open = line.indexOf('(');
		if (open < 0) {
			if (line.indexOf(')') >= 0) {
				throw new IllegalArgumentException("Lexicon line " + number + ": a ) without its (");
			}
			return List.of(line);
		}
		int close = line.indexOf(')', open);
		if (close < 0 || line.lastIndexOf('(', close) != open) {
			throw new IllegalArgumentException("Lexicon line " + number + ": expected (one|two) without nesting");
		}
		List<String> rests = alternatives(line.substring(close + 1), number);
		List<String> terms = new ArrayList<>();
		for (String alternative : line.substring(open + 1, close).split("\\|", -1)) {
			for (String rest : rests) {
				terms.add(line.substring(0, open) + alternative + rest);
			}
		}
		return terms;
	}

	static Lexicon dutch() {
		InputStream in = Lexicon.class.getResourceAsStream("/screening/lexicon-nl.txt");
		if (in == null) {
			throw new IllegalStateException("screening/lexicon-nl.txt is missing from the class path");
		}
		return load(in);
	}

	List<Category> categories() {
		return this.categories;
	}

	int size() {
		return (int) this.terms.stream().filter(term -> !term.allowed()).count();
	}

	/** Harmful content in the text, the longest match where matches overlap. */
	List<Finding> find(String text) {
		return find(text, text.toCharArray());
	}

	/** The same, with a copy of the text's characters the caller made. */
	List<Finding> find(String text, char[] chars) {
		Scan scan = new Scan(text);
		Skeleton.walk(chars, scan);
		return scan.found();
	}

	/**
	 * The automaton run over the skeleton of one text as it is handed out, with the
	 * original offsets of the last {@link #window} skeleton characters to map a match
	 * back.
	 */
	private final class Scan implements Skeleton.Sink {

		private final String text;

		private final int[] originals = new int[Lexicon.this.window];

		private final int mask = Lexicon.this.window - 1;

		/** The skeleton index of the last character handed in. */
		private int index = -1;

		private int state;

		private final List<Finding> found = new ArrayList<>();

		private final List<int[]> allowed = new ArrayList<>();

		Scan(String text) {
			this.text = text;
		}

		/**
		 * Every pattern starts with a space: back at the root within a word, the
		 * automaton stays there until the space after it, and the rest of the word is
		 * skipped.
		 */
		@Override
		public boolean accept(char c, int original, int wordEnd) {
			int i = ++this.index;
			this.originals[i & this.mask] = original;
			this.state = Lexicon.this.next[this.state * ALPHABET + symbol(c)];
			if (Lexicon.this.accepting[this.state]) {
				matched(i, wordEnd);
			}
			return this.state != 0;
		}

		private void matched(int i, int wordEnd) {
			for (int t : Lexicon.this.outputs[this.state]) {
				Term term = Lexicon.this.terms.get(t);
				int length = pattern(term).length();
				int first = i - length + 2;
				int start = this.originals[first & this.mask];
				int end = term.prefix() ? wordEnd : this.originals[(i - 1) & this.mask] + 1;
				if (term.allowed()) {
					this.allowed.add(new int[] { start, end });
					continue;
				}
				Finding finding = new Finding(FindingType.HARMFUL_CONTENT, term.category().severity(), start, end,
						this.text.substring(start, end), term.category().article(), term.category().name());
				this.found.removeIf(other -> other.overlaps(finding) && other.end() - other.start() <= end - start);
				if (this.found.stream().noneMatch(finding::overlaps)) {
					this.found.add(finding);
				}
			}
		}

		List<Finding> found() {
			this.found.removeIf(finding -> this.allowed.stream()
				.anyMatch(span -> span[0] < finding.end() && finding.start() < span[1]));
			return this.found;
		}

	}

}
