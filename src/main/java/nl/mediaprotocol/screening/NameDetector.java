package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;
import org.jspecify.annotations.Nullable;

/**
 * Finds the names of registered people (3.1.3, 3.3.2): full names with their
 * "tussenvoegsel", a first name with the initial of the last name, an initial with the
 * last name, and a first name alone only when the post also names one of the board's
 * groups or units: "Noah uit Klas 3" points at one child, "Noah" alone at nobody.
 */
final class NameDetector {

	private static final int[] FORMS = { NameIndex.FULL_NAME, NameIndex.FIRST_AND_INITIAL,
			NameIndex.INITIAL_AND_LAST_NAME, NameIndex.FIRST_NAME };

	private static final Set<String> PREFIX_WORDS = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het", "t",
			"in", "op", "la", "le", "du", "da", "di", "el", "vd");

	/**
	 * Words that are first names in some directory but far more often just words: "De"
	 * alone is no child's name.
	 */
	private static final Set<String> COMMON_WORDS = Set.of("de", "het", "een", "en", "of", "in", "op", "van", "met",
			"voor", "naar", "bij", "aan", "om", "te", "is", "was", "zijn", "we", "wij", "ik", "jij", "je", "u", "hij",
			"zij", "ze", "die", "dat", "dit", "deze", "er", "maar", "als", "dan", "ook", "nog", "wel", "niet", "geen",
			"al", "tot", "uit", "door", "over", "zo", "wat", "wie", "hoe", "waar", "onze", "mijn", "the", "a", "an",
			"and", "or", "to", "on", "at", "for", "with", "are", "be", "you", "he", "she", "it", "they", "this", "that",
			"will", "may", "can", "so", "no", "yes", "all", "our", "my", "your", "hoera", "vandaag", "morgen", "kijk",
			"let", "bel", "mail", "stuur", "juf", "meester", "groep", "klas", "school", "sportdag", "feest", "storm",
			"zon", "lente", "zomer", "winter", "herfst", "nieuw", "iedereen", "wow", "top", "super", "have", "thanks");

	private static final Kind[] KINDS = Kind.values();

	/**
	 * Candidates as [start, end, flags, words]: the longest first, then in text order.
	 */
	private static final Comparator<int[]> LONGEST_FIRST = (a, b) -> {
		int order = Integer.compare(a[0] - a[1], b[0] - b[1]);
		return (order != 0) ? order : Integer.compare(a[0], b[0]);
	};

	private final NameIndex index;

	private NameDetector(NameIndex index) {
		this.index = index;
	}

	NameDetector(PeopleSnapshot snapshot) {
		this(index(snapshot));
	}

	static NameIndex index(PeopleSnapshot snapshot) {
		Builder builder = builder();
		for (KnownPerson person : snapshot.people()) {
			builder.person(person.kind(), person.firstName(), person.prefix(), person.lastName());
		}
		return builder.index(snapshot.places(), snapshot.organisation());
	}

	static Builder builder() {
		return new Builder();
	}

	/**
	 * Takes the people one at a time, so that a directory of millions is read as a
	 * stream: only the index is kept, no list of people or their names.
	 */
	static final class Builder {

		private final NameIndex.Builder index = NameIndex.builder();

		private final StringBuilder phrase = new StringBuilder(64);

		private Builder() {
		}

		Builder person(Kind personKind, String firstName, @Nullable String prefix, String lastName) {
			int kind = personKind.ordinal();
			String first = firstName.strip();
			String last = lastName.strip();
			if (first.isEmpty() || last.isEmpty()) {
				return this;
			}
			String fullLast = (prefix == null || prefix.isBlank() ? last : prefix + " " + lastName).strip();
			String lastInitial = last.substring(0, 1);
			StringBuilder phrase = this.phrase;
			NameIndex.Builder builder = this.index;
			int fullForm = NameIndex.FULL_NAME | NameIndex.kindBit(NameIndex.FULL_NAME, kind);
			builder.add(join(phrase, first, fullLast), fullForm);
			String shortPrefix = shortPrefix(prefix);
			if (shortPrefix != null) {
				// "Jesse vd Linden", "Jesse v.d. Linden", "Jesse v/d Linden"
				builder.add(join(phrase, first, shortPrefix + " " + last), fullForm);
				builder.add(join(phrase, first, String.join(" ", shortPrefix.split("")) + " " + last), fullForm);
			}
			int initialForm = NameIndex.FIRST_AND_INITIAL | NameIndex.kindBit(NameIndex.FIRST_AND_INITIAL, kind);
			builder.add(join(phrase, first, lastInitial), initialForm);
			if (!fullLast.equals(last)) {
				builder.add(join(phrase, first, fullLast.substring(0, fullLast.length() - last.length()) + lastInitial),
						initialForm);
			}
			builder.add(join(phrase, first.substring(0, 1), fullLast),
					NameIndex.INITIAL_AND_LAST_NAME | NameIndex.kindBit(NameIndex.INITIAL_AND_LAST_NAME, kind));
			builder.add(first, NameIndex.FIRST_NAME | NameIndex.kindBit(NameIndex.FIRST_NAME, kind));
			return this;
		}

		/** The detector, once everyone is in, with the board's places and names. */
		NameDetector build(List<String> places, List<String> organisation) {
			return new NameDetector(index(places, organisation));
		}

		private NameIndex index(List<String> places, List<String> organisation) {
			places.forEach(place -> this.index.add(place, NameIndex.PLACE));
			for (String group : GROUP_WORDS) {
				for (int year = 1; year <= HIGHEST_YEAR; year++) {
					this.index.add(join(this.phrase, group, Integer.toString(year)), NameIndex.PLACE);
				}
			}
			organisation.forEach(name -> this.index.add(name, NameIndex.ORGANISATION));
			return this.index.build();
		}

	}

	/**
	 * How a "tussenvoegsel" is written short: "vd" for "van der", "van den" and "van de";
	 * null when it is not.
	 */
	static @Nullable String shortPrefix(@Nullable String prefix) {
		if (prefix == null) {
			return null;
		}
		return switch (prefix.strip().toLowerCase(Locale.ROOT)) {
			case "van der", "van den", "van de" -> "vd";
			default -> null;
		};
	}

	private static String join(StringBuilder phrase, String first, String second) {
		phrase.setLength(0);
		return phrase.append(first).append(' ').append(second).toString();
	}

	NameIndex index() {
		return this.index;
	}

	int indexSize() {
		return this.index.nodes();
	}

	/** The names found, and the spans where the post names the board. */
	record Found(List<Finding> names, List<int[]> organisation) {
	}

	/**
	 * @param chars the characters of the text, a copy the caller made
	 */
	Found find(String text, char[] chars, String article) {
		List<int[]> candidates = new ArrayList<>();
		List<int[]> places = new ArrayList<>();
		List<int[]> organisation = new ArrayList<>();
		this.index.search(chars, (start, end, flags, words) -> {
			if ((flags & (NameIndex.PLACE | NameIndex.ORGANISATION)) != 0) {
				places.add(new int[] { start, end });
				if ((flags & NameIndex.ORGANISATION) != 0) {
					organisation.add(new int[] { start, end });
				}
			}
			candidates.add(new int[] { start, end, flags, words });
		});
		if (places.isEmpty() && anyFirstName(text, candidates)) {
			// "Noah uit 4B": a class the directory does not list still points at a child
			ClassMentions.find(text, chars, places);
		}
		List<Finding> found = new ArrayList<>();
		candidates.sort(LONGEST_FIRST);
		for (int[] candidate : candidates) {
			int start = candidate[0];
			int end = candidate[1];
			int kinds = kinds(text, start, end, candidate[2], candidate[3], places);
			if (kinds == 0 || insidePlace(places, start, end)) {
				continue;
			}
			Kind kind = KINDS[Integer.numberOfTrailingZeros(kinds)];
			Finding finding = new Finding(FindingType.PERSON_NAME,
					kind == Kind.EMPLOYEE ? Severity.WARN : Severity.BLOCK, start, end, text.substring(start, end),
					article, kind.category());
			if (!TextScreener.overlapsAny(found, finding)) {
				found.add(finding);
			}
		}
		return new Found(found, organisation);
	}

	/** Whether a capitalised first name alone was found: only it needs a group. */
	private static boolean anyFirstName(String text, List<int[]> candidates) {
		for (int[] candidate : candidates) {
			if ((candidate[2] & NameIndex.FIRST_NAME) != 0 && candidate[3] == 1
					&& Character.isUpperCase(text.charAt(candidate[0]))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "groep 5", "Klas 2", "leerjaar 3": a school's group by its year points at a child
	 * as the directory's own group names do, whether the board lists it or not.
	 */
	private static final String[] GROUP_WORDS = { "groep", "klas", "leerjaar" };

	private static final int HIGHEST_YEAR = 8;

	/** The kinds of people this match names in a form valid where it stands. */
	private static int kinds(String text, int start, int end, int flags, int words, List<int[]> places) {
		int kinds = 0;
		for (int form : FORMS) {
			int formKinds = NameIndex.kindsOf(flags, form);
			if (formKinds != 0 && (flags & form) != 0 && valid(form, text, start, end, words, places)) {
				kinds |= formKinds;
			}
		}
		return kinds;
	}

	private static boolean valid(int form, String text, int start, int end, int words, List<int[]> places) {
		return switch (form) {
			case NameIndex.FULL_NAME -> true;
			// "Sanne V.": a capital initial, not the word "a"
			case NameIndex.FIRST_AND_INITIAL ->
				Character.isUpperCase(text.charAt(start)) && Character.isUpperCase(text.charAt(end - 1))
						&& (end - 1 == 0 || !Folding.isWordChar(text.charAt(end - 2)));
			// "S. de Vries"
			case NameIndex.INITIAL_AND_LAST_NAME -> Character.isUpperCase(text.charAt(start))
					&& (start + 1 >= text.length() || !Folding.isWordChar(text.charAt(start + 1)));
			case NameIndex.FIRST_NAME -> words == 1 && !places.isEmpty() && Character.isUpperCase(text.charAt(start))
					&& !COMMON_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))
					&& !followedByLastName(text, end, places);
			default -> false;
		};
	}

	/**
	 * "Emma Jansen" and "Emma de Boer" are someone else than the registered Emma; "Emma
	 * in Klas 3" is her: a group or unit of the board is no last name.
	 */
	private static boolean followedByLastName(String text, int end, List<int[]> places) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		if (i == end || i >= text.length()) {
			return false;
		}
		if (Character.isUpperCase(text.charAt(i))) {
			return !startsPlace(places, i);
		}
		int wordEnd = i;
		while (wordEnd < text.length() && Folding.isWordChar(text.charAt(wordEnd))) {
			wordEnd++;
		}
		if (!PREFIX_WORDS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
			return false;
		}
		int next = wordEnd;
		while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\'')) {
			next++;
		}
		return next > wordEnd && next < text.length() && Character.isUpperCase(text.charAt(next))
				&& !startsPlace(places, next);
	}

	private static boolean startsPlace(List<int[]> places, int position) {
		for (int[] place : places) {
			if (place[0] == position) {
				return true;
			}
		}
		return false;
	}

	private static boolean insidePlace(List<int[]> places, int start, int end) {
		for (int[] place : places) {
			if (place[0] <= start && end <= place[1]) {
				return true;
			}
		}
		return false;
	}

}
