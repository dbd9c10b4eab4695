package nl.mediaprotocol.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import nl.mediaprotocol.screening.PersonalDataPatterns.Candidate;

/**
 * The screening engine for text: plain Java, no Spring and no database. It is built once
 * from a snapshot of the people it must know, and is then safe to use from many threads.
 */
final class TextScreener {

	/** The board's student numbers as the demo data has them: L-1007. */
	static final Pattern DEFAULT_STUDENT_NUMBER = Pattern.compile("(?<![\\p{L}\\d-])L-\\d{4,6}(?![\\p{L}\\d])");

	/** Per finding type (by ordinal), its place in {@link Candidate#PRIORITY}. */
	private static final int[] RANK = new int[FindingType.values().length];

	static {
		for (FindingType type : FindingType.values()) {
			RANK[type.ordinal()] = Candidate.PRIORITY.indexOf(type);
		}
	}

	/** By priority, then the longest first, then in text order. */
	private static final Comparator<Finding> BY_PRIORITY = (a, b) -> {
		int order = Integer.compare(RANK[a.type().ordinal()], RANK[b.type().ordinal()]);
		if (order == 0) {
			order = Integer.compare(a.start() - a.end(), b.start() - b.end());
		}
		return (order != 0) ? order : Integer.compare(a.start(), b.start());
	};

	private static final Comparator<Finding> IN_TEXT_ORDER = (a, b) -> {
		int order = Integer.compare(a.start(), b.start());
		return (order != 0) ? order : a.type().compareTo(b.type());
	};

	private final NameDetector names;

	private final PersonalDataPatterns patterns;

	private final Lexicon lexicon;

	private final DisclosureCheck disclosure = new DisclosureCheck();

	private final OrganisationIdentifiers organisation;

	TextScreener(PeopleSnapshot snapshot, Lexicon lexicon, Pattern studentNumber) {
		this(new NameDetector(snapshot), snapshot.organisation(), snapshot.identifiers(), lexicon, studentNumber);
	}

	/**
	 * With the names already indexed, as the directory is read as a stream.
	 * @param organisation the board's own names
	 * @param identifiers the board's own phone numbers, mailboxes, accounts and addresses
	 */
	TextScreener(NameDetector names, List<String> organisation, OrganisationIdentifiers identifiers, Lexicon lexicon,
			Pattern studentNumber) {
		this.names = names;
		this.patterns = new PersonalDataPatterns(studentNumber, organisation);
		this.lexicon = lexicon;
		this.organisation = identifiers;
	}

	TextScreener(PeopleSnapshot snapshot) {
		this(snapshot, Lexicon.dutch(), DEFAULT_STUDENT_NUMBER);
	}

	int nameIndexSize() {
		return this.names.indexSize();
	}

	ScreeningResult screen(Post post) {
		String text = post.text();
		// 3.3.2 is the employee's own rule for personal posts; 3.1.3 holds for everyone
		String article = post.personal() ? "3.3.2" : "3.1.3";
		// one copy of the characters for the passes that read them one by one: an array
		// is
		// read faster than String.charAt
		char[] chars = text.toCharArray();
		List<Finding> personal = new ArrayList<>();
		List<Finding> boards = new ArrayList<>(0);
		this.patterns.find(text, chars, candidate -> {
			String matched = text.substring(candidate.start(), candidate.end());
			Finding finding = new Finding(candidate.type(), severityOf(candidate.type()), candidate.start(),
					candidate.end(), matched, article, null);
			// the board's own phone number, mailbox, account or address is no personal
			// data,
			// nor is anything inside it
			(candidate.board() || this.organisation.owns(candidate.type(), matched) ? boards : personal).add(finding);
		});
		NameDetector.Found found = this.names.find(text, chars, article);
		personal.addAll(found.names());
		AgesOfNamedPeople.find(text, found.names(), article, personal);
		BirthdayAges.find(text, found.names(), article, personal);
		personal.sort(BY_PRIORITY);
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : personal) {
			// a phone number inside an IBAN is one finding: the IBAN
			if (!overlapsAny(findings, finding) && !overlapsAny(boards, finding)) {
				findings.add(finding);
			}
		}
		// "daan.bakker12@gmail.com" and "@daan_bakker_2013" name Daan Bakker as well
		NamesInAddresses.find(text, findings, this.names.index(), article);
		List<Finding> harm = this.lexicon.find(text, chars);
		Finding code = HarmContext.numberCode(text, this.lexicon);
		if (code != null) {
			harm.add(code);
		}
		for (Finding harmful : harm) {
			// "KK" of the plate KK-24-47 is no word; "noemde hem een mongool" reports one
			if (!insideFormat(findings, harmful) && !HarmContext.mentioned(text, harmful)) {
				findings.add(harmful);
			}
		}
		if (post.personal()) {
			findings.addAll(this.disclosure.check(text, found.organisation()));
		}
		findings.sort(IN_TEXT_ORDER);
		return ScreeningResult.of(findings);
	}

	/** Whether the finding lies within a number, plate, address or link found. */
	private static boolean insideFormat(List<Finding> findings, Finding finding) {
		for (Finding other : findings) {
			if (other.type() != FindingType.PERSON_NAME && other.start() <= finding.start()
					&& finding.end() <= other.end()) {
				return true;
			}
		}
		return false;
	}

	static boolean overlapsAny(List<Finding> findings, Finding finding) {
		for (Finding other : findings) {
			if (other.overlaps(finding)) {
				return true;
			}
		}
		return false;
	}

	private static Severity severityOf(FindingType type) {
		return type == FindingType.PROFILE_URL ? Severity.WARN : Severity.BLOCK;
	}

}
