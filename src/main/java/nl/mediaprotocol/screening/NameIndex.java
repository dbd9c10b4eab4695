package nl.mediaprotocol.screening;

import java.util.Arrays;

/**
 * An Aho-Corasick automaton over words rather than characters: every name in the
 * directory, as a phrase of folded words, found in one pass over a post. Words are 64-bit
 * hashes of their folded characters, so that a post is read without building a single
 * string, and the automaton lives in a few primitive arrays: a million people fit in well
 * under the heap a per-character trie of objects would take.
 */
final class NameIndex {

	/** Ways a phrase can name someone or something; a node may carry several. */
	static final int FULL_NAME = 1;

	static final int FIRST_AND_INITIAL = 1 << 1;

	static final int INITIAL_AND_LAST_NAME = 1 << 2;

	static final int FIRST_NAME = 1 << 3;

	static final int PLACE = 1 << 4;

	static final int ORGANISATION = 1 << 5;

	private static final int NAME_FORMS = 4;

	private static final int KIND_SHIFT = 8;

	/** The longest phrase, in words, kept for reporting where a match starts. */
	private static final int MAX_WORDS = 16;

	private final WordTable words;

	private final Transitions transitions;

	/**
	 * Per node, side by side so that a visit reads one cache line: its flags, its output
	 * link (the nearest node with flags along its fail links) and its fail link.
	 */
	private final int[] nodeData;

	private static final int FLAGS = 0;

	private static final int OUTPUT = 1;

	private static final int FAIL = 2;

	private static final int STRIDE = 3;

	private final byte[] depth;

	private final int nodes;

	/**
	 * The root's children by word, looked up directly: most steps start at the root, and
	 * a small array stays in the cache where the big transition table does not.
	 */
	private final int[] rootChildren;

	/**
	 * The flags of the root's children by word: a one-word match (a first name alone) is
	 * reported without reading the big node table. A child of the root fails back to the
	 * root, so it has no output link to follow.
	 */
	private final int[] rootFlags;

	private NameIndex(Builder builder) {
		this.words = builder.words;
		this.transitions = builder.transitions;
		// taken over as the builder grew them, spare room and all: a copy to trim them
		// would need both at once
		this.nodes = builder.nodes;
		this.nodeData = builder.nodeData;
		this.depth = builder.depth;
		this.rootChildren = new int[this.words.size];
		this.rootFlags = new int[this.words.size];
		Transitions transitions = this.transitions;
		for (int slot = 0; slot < transitions.slots(); slot++) {
			int child = transitions.childAt(slot);
			if (child > 0 && transitions.nodeAt(slot) == 0) {
				this.rootChildren[transitions.wordAt(slot)] = child;
				this.rootFlags[transitions.wordAt(slot)] = this.nodeData[child * STRIDE + FLAGS];
			}
		}
		link(builder.maxDepth);
	}

	/** The child of {@code node} by {@code word}, 0 for none. */
	private int child(int node, int word) {
		return node == 0 ? this.rootChildren[word] : this.transitions.get(node, word);
	}

	static Builder builder() {
		return new Builder();
	}

	/**
	 * The kind bit of a person of kind {@code kind} (0, 1 or 2) named in form
	 * {@code form} (one of the name-form flags).
	 */
	static int kindBit(int form, int kind) {
		return 1 << (KIND_SHIFT + Integer.numberOfTrailingZeros(form) * 3 + kind);
	}

	/** The person kinds (a bit set over 0, 1, 2) named by this node in this form. */
	static int kindsOf(int flags, int form) {
		return (flags >>> (KIND_SHIFT + Integer.numberOfTrailingZeros(form) * 3)) & 7;
	}

	int nodes() {
		return this.nodes;
	}

	/** Fail links by depth: a node's fail target is always shallower than the node. */
	private void link(int maxDepth) {
		Transitions transitions = this.transitions;
		for (int level = 1; level <= maxDepth; level++) {
			for (int slot = 0; slot < transitions.slots(); slot++) {
				int child = transitions.childAt(slot);
				if (child <= 0 || this.depth[child] != level) {
					continue;
				}
				int parent = transitions.nodeAt(slot);
				int word = transitions.wordAt(slot);
				int target = 0;
				if (parent != 0) {
					int state = this.nodeData[parent * STRIDE + FAIL];
					while (true) {
						int next = child(state, word);
						if (next > 0) {
							target = next;
							break;
						}
						if (state == 0) {
							break;
						}
						state = this.nodeData[state * STRIDE + FAIL];
					}
				}
				this.nodeData[child * STRIDE + FAIL] = target;
				this.nodeData[child * STRIDE + OUTPUT] = this.nodeData[target * STRIDE + FLAGS] != 0 ? target
						: this.nodeData[target * STRIDE + OUTPUT];
			}
		}
	}

	/** Receives each phrase found: its UTF-16 span and what it names. */
	interface Matches {

		void found(int start, int end, int flags, int words);

	}

	/** Searches the characters of a text, read from an array rather than a String. */
	void search(char[] text, Matches matches) {
		int[] starts = new int[MAX_WORDS];
		int wordCount = 0;
		int state = 0;
		int length = text.length;
		int i = 0;
		while (i < length) {
			char folded = Folding.foldedWordChar(text[i]);
			if (folded == 0) {
				i++;
				continue;
			}
			int start = i;
			long hash = WordTable.SEED;
			do {
				hash = WordTable.step(hash, folded);
				i++;
			}
			while (i < length && (folded = Folding.foldedWordChar(text[i])) != 0);
			starts[wordCount % MAX_WORDS] = start;
			wordCount++;
			int word = this.words.get(WordTable.finish(hash));
			if (word < 0) {
				state = 0;
				continue;
			}
			state = step(state, word);
			if (state == this.rootChildren[word]) {
				// one word deep: its flags are at hand, and there is no output link
				int flags = this.rootFlags[word];
				if (flags != 0) {
					matches.found(start, i, flags, 1);
				}
				continue;
			}
			int node = this.nodeData[state * STRIDE + FLAGS] != 0 ? state : this.nodeData[state * STRIDE + OUTPUT];
			while (node != 0) {
				int words = this.depth[node];
				matches.found(starts[(wordCount - words) % MAX_WORDS], i, this.nodeData[node * STRIDE + FLAGS], words);
				node = this.nodeData[node * STRIDE + OUTPUT];
			}
		}
	}

	private int step(int state, int word) {
		while (true) {
			int next = child(state, word);
			if (next > 0) {
				return next;
			}
			if (state == 0) {
				return 0;
			}
			state = this.nodeData[state * STRIDE + FAIL];
		}
	}

	static final class Builder {

		private final WordTable words = new WordTable();

		private final Transitions transitions = new Transitions();

		/** Per node its flags, with room for the output and fail links to come. */
		private int[] nodeData = new int[1024 * STRIDE];

		private byte[] depth = new byte[1024];

		private int nodes = 1;

		private int maxDepth;

		private final long[] phrase = new long[MAX_WORDS];

		/** Adds a phrase, e.g. "Sanne de Vries", with what it names. */
		Builder add(CharSequence text, int flag) {
			int count = 0;
			int length = text.length();
			int i = 0;
			while (i < length && count < MAX_WORDS) {
				char c = text.charAt(i);
				if (!Folding.isWordChar(c)) {
					i++;
					continue;
				}
				long hash = WordTable.SEED;
				while (i < length && Folding.isWordChar(c = text.charAt(i))) {
					hash = WordTable.step(hash, Folding.fold(c));
					i++;
				}
				this.phrase[count++] = WordTable.finish(hash);
			}
			if (count == 0 || count >= MAX_WORDS) {
				return this;
			}
			int state = 0;
			for (int w = 0; w < count; w++) {
				int word = this.words.intern(this.phrase[w]);
				int next = this.transitions.get(state, word);
				if (next <= 0) {
					next = newNode(w + 1);
					this.transitions.put(state, word, next);
				}
				state = next;
			}
			this.nodeData[state * STRIDE + FLAGS] |= flag;
			return this;
		}

		private int newNode(int nodeDepth) {
			if (this.nodes == this.depth.length) {
				// by half: the arrays are kept as they are once built
				int capacity = this.nodes + this.nodes / 2;
				this.nodeData = Arrays.copyOf(this.nodeData, capacity * STRIDE);
				this.depth = Arrays.copyOf(this.depth, capacity);
			}
			this.depth[this.nodes] = (byte) nodeDepth;
			this.maxDepth = Math.max(this.maxDepth, nodeDepth);
			return this.nodes++;
		}

		NameIndex build() {
			return new NameIndex(this);
		}

	}

	/** Word hash to word number, open addressing. */
	static final class WordTable {

		static final long SEED = 0xcbf29ce484222325L;

		private long[] keys = new long[1 << 12];

		private int[] ids = new int[1 << 12];

		private int size;

		static long step(long hash, char c) {
			return (hash ^ c) * 0x100000001b3L;
		}

		static long finish(long hash) {
			hash ^= hash >>> 33;
			hash *= 0xff51afd7ed558ccdL;
			hash ^= hash >>> 33;
			return hash == 0 ? 1 : hash;
		}

		int get(long hash) {
			int mask = this.keys.length - 1;
			int slot = (int) hash & mask;
			while (true) {
				long key = this.keys[slot];
				if (key == hash) {
					return this.ids[slot];
				}
				if (key == 0) {
					return -1;
				}
				slot = (slot + 1) & mask;
			}
		}

		int intern(long hash) {
			int id = get(hash);
			if (id >= 0) {
				return id;
			}
			// a quarter full: most words of a post are no name, and a miss ends at the
			// first empty slot
			if ((this.size + 1) * 4 > this.keys.length) {
				grow();
			}
			insert(hash, this.size);
			return this.size++;
		}

		private void insert(long hash, int id) {
			int mask = this.keys.length - 1;
			int slot = (int) hash & mask;
			while (this.keys[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			this.keys[slot] = hash;
			this.ids[slot] = id;
		}

		private void grow() {
			long[] oldKeys = this.keys;
			int[] oldIds = this.ids;
			this.keys = new long[oldKeys.length * 2];
			this.ids = new int[oldKeys.length * 2];
			for (int slot = 0; slot < oldKeys.length; slot++) {
				if (oldKeys[slot] != 0) {
					insert(oldKeys[slot], oldIds[slot]);
				}
			}
		}

	}

	/**
	 * (node, word) to child node, open addressing. A slot is three ints side by side,
	 * node, word and child, so that a look-up mostly reads one cache line. The table
	 * grows by half when it is two thirds full, not by doubling: at millions of people
	 * that is a hundred megabytes less to keep.
	 */
	static final class Transitions {

		private static final int SLOT = 3;

		private int[] table = new int[(1 << 12) * SLOT];

		private int size;

		/**
		 * The home slot of a transition: the high bits of its hash, scaled to the table.
		 */
		private static int slotOf(int node, int word, int slots) {
			long h = (((long) node << 32) | (word & 0xffffffffL)) * 0x9e3779b97f4a7c15L;
			return (int) (((h >>> 32) * slots) >>> 32);
		}

		int get(int node, int word) {
			int[] table = this.table;
			int at = slotOf(node, word, table.length / SLOT) * SLOT;
			while (true) {
				int child = table[at + 2];
				if (child == 0) {
					return 0;
				}
				if (table[at] == node && table[at + 1] == word) {
					return child;
				}
				at += SLOT;
				if (at == table.length) {
					at = 0;
				}
			}
		}

		void put(int node, int word, int child) {
			if ((this.size + 1) * 3 > slots() * 2) {
				grow();
			}
			insert(this.table, node, word, child);
			this.size++;
		}

		/** The slots, some empty, for a pass over every transition. */
		int slots() {
			return this.table.length / SLOT;
		}

		int nodeAt(int slot) {
			return this.table[slot * SLOT];
		}

		int wordAt(int slot) {
			return this.table[slot * SLOT + 1];
		}

		/** The child in this slot, 0 when the slot is empty. */
		int childAt(int slot) {
			return this.table[slot * SLOT + 2];
		}

		private static void insert(int[] table, int node, int word, int child) {
			int at = slotOf(node, word, table.length / SLOT) * SLOT;
			while (table[at + 2] != 0) {
				at += SLOT;
				if (at == table.length) {
					at = 0;
				}
			}
			table[at] = node;
			table[at + 1] = word;
			table[at + 2] = child;
		}

		private void grow() {
			int[] old = this.table;
			int[] table = new int[(old.length / SLOT + old.length / SLOT / 2) * SLOT];
			for (int at = 0; at < old.length; at += SLOT) {
				if (old[at + 2] != 0) {
					insert(table, old[at], old[at + 1], old[at + 2]);
				}
			}
			this.table = table;
		}

	}

}
