package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A registered person's name inside an e-mail address or an account (3.1.3): the address
 * or handle is personal data, and the name in it is too. The part before the @, or the
 * handle, is read as the ways people write their names there: "daan.bakker12",
 * "d.bakker", "daanbakker", "bakker.daan", "@daan_bakker_2013", "kees.van.dijk". Also a
 * handle written without its @ or link, made up with digits or underscores as handles
 * are: "insta: daan.bakker040".
 */
final class NamesInAddresses {

	private static final Kind[] KINDS = Kind.values();

	/** The forms a name takes in an address: a full name, or an initial with it. */
	private static final int[] FORMS = { NameIndex.FULL_NAME, NameIndex.INITIAL_AND_LAST_NAME };

	/**
	 * Local parts shorter than this are read only as they are split: "jan@" is no name.
	 */
	private static final int SHORTEST_JOINED = 5;

	private NamesInAddresses() {
	}

	/**
	 * Adds the names in the addresses and accounts found, and in handles written bare, to
	 * {@code findings}.
	 */
	static void find(String text, List<Finding> findings, NameIndex index, String article) {
		List<Finding> names = new ArrayList<>(0);
		for (Finding finding : findings) {
			if (finding.type() == FindingType.EMAIL || finding.type() == FindingType.PROFILE_URL) {
				int[] handle = handle(text, finding.start(), finding.end());
				if (handle != null) {
					name(text, handle[0], handle[1], index, article, names);
				}
			}
		}
		bareHandles(text, findings, index, article, names);
		findings.addAll(names);
	}

	/**
	 * The part of an address or link that names its owner: before the @ of an address,
	 * after the last / of a link, after the @ of a handle.
	 */
	private static int @Nullable [] handle(String text, int start, int end) {
		int from = start;
		int at = text.indexOf('@', start);
		if (at >= start && at < end && at > start && isHandleChar(text.charAt(at - 1))) {
			// an address: its local part
			return new int[] { from, at };
		}
		for (int i = end - 1; i > start; i--) {
			char c = text.charAt(i);
			if ((c == '/' || c == '@') && i + 1 < end) {
				from = i + 1;
				break;
			}
		}
		if (from == start && text.charAt(from) == '@') {
			from++;
		}
		int to = from;
		while (to < end && isHandleChar(text.charAt(to))) {
			to++;
		}
		return to > from ? new int[] { from, to } : null;
	}

	/**
	 * "daan.bakker040" with no @ or link: a run of letters with a dot or underscore
	 * between letters, and a digit or underscore, that names a registered person.
	 */
	private static void bareHandles(String text, List<Finding> findings, NameIndex index, String article,
			List<Finding> names) {
		for (char separator : new char[] { '.', '_' }) {
			int i = text.indexOf(separator);
			while (i > 0) {
				int next = i + 1;
				if (next < text.length() && Character.isLetter(text.charAt(i - 1))
						&& Character.isLowerCase(text.charAt(next))) {
					int start = i;
					while (start > 0 && isHandleChar(text.charAt(start - 1))) {
						start--;
					}
					int end = next;
					while (end < text.length() && isHandleChar(text.charAt(end))) {
						end++;
					}
					// a handle has a digit or an underscore: "o.a." and "www.school.nl"
					// have not
					boolean free = (start == 0 || " (:,\n\t".indexOf(text.charAt(start - 1)) >= 0)
							&& (end == text.length() || text.charAt(end) != '@') && looksMadeUp(text, start, end);
					if (free && !within(findings, start, end) && !within(names, start, end)) {
						name(text, start, end, index, article, names);
					}
					next = end;
				}
				i = text.indexOf(separator, next);
			}
		}
	}

	private static boolean looksMadeUp(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '_' || (c >= '0' && c <= '9')) {
				return true;
			}
		}
		return false;
	}

	private static boolean within(List<Finding> findings, int start, int end) {
		for (Finding finding : findings) {
			if (finding.start() < end && start < finding.end()) {
				return true;
			}
		}
		return false;
	}

	/** Reads the handle at [start, end) as a registered name; adds it when it is one. */
	private static void name(String text, int start, int end, NameIndex index, String article, List<Finding> names) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = start; i <= end; i++) {
			char c = i < end ? text.charAt(i) : '.';
			if (Character.isLetter(c)) {
				part.append(Character.toLowerCase(c));
			}
			else if (!Character.isDigit(c) && !part.isEmpty()) {
				parts.add(part.toString());
				part.setLength(0);
			}
		}
		int kinds = 0;
		if (parts.size() >= 2) {
			kinds = kindsOf(index, String.join(" ", parts));
			if (kinds == 0 && parts.size() == 2) {
				// "bakker.daan"
				kinds = kindsOf(index, parts.get(1) + " " + parts.get(0));
			}
		}
		else if (parts.size() == 1 && parts.get(0).length() >= SHORTEST_JOINED) {
			// "daanbakker", "dbakker": every split in two
			String joined = parts.get(0);
			for (int split = 1; split < joined.length() - 1 && kinds == 0; split++) {
				kinds = kindsOf(index, joined.substring(0, split) + " " + joined.substring(split));
			}
		}
		if (kinds != 0) {
			Kind kind = KINDS[Integer.numberOfTrailingZeros(kinds)];
			names.add(new Finding(FindingType.PERSON_NAME, kind == Kind.EMPLOYEE ? Severity.WARN : Severity.BLOCK,
					start, end, text.substring(start, end), article, kind.category()));
		}
	}

	/**
	 * The kinds of people the phrase names as a whole, as a full name or with an initial.
	 */
	private static int kindsOf(NameIndex index, String phrase) {
		int[] kinds = new int[1];
		index.search(phrase.toCharArray(), (start, end, flags, words) -> {
			if (start == 0 && end == phrase.length()) {
				for (int form : FORMS) {
					if ((flags & form) != 0 && (form == NameIndex.FULL_NAME || phrase.indexOf(' ') == 1)) {
						kinds[0] |= NameIndex.kindsOf(flags, form);
					}
				}
			}
		});
		return kinds[0];
	}

	private static boolean isHandleChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
	}

}
