package nl.mediaprotocol.screening;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes are matched by hand for speed; their patterns stay the definition. Each
 * hand-written matcher must agree with its pattern (and the Dutch phone check with
 * libphonenumber's parse) on many random strings made of the pieces that matter to it.
 */
class PersonalDataPatternsTests {

	private static final int TRIES = 40_000;

	private final Random random = new Random(20260601);

	@Test
	void phoneShapesAsThePatternReadsThem() {
		List<String> pieces = List.of("0", "6", "1", "31", "12345", "9", " ", " ", "-", ".", "/", "(", ")", "+", ",",
				"a", "Z", "é", "\uD835\uDC00", "  ", "x");
		agree(PersonalDataPatterns.PHONE_SHAPE, pieces, PersonalDataPatterns::phoneShapeEnd);
	}

	@Test
	void dutchNumbersAsLibphonenumberValidatesThem() {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		List<String> starts = List.of("0", "06", "010", "020", "040", "085", "088", "0800", "0900", "097", "00", "+31",
				"+31 ", "+310", "+31 (0)", "+3100", "+32", "+49", "+1", "(0", "(06)", "+(31)", "0031");
		List<String> separators = List.of("", "", "", " ", "-", ".", "/", " - ");
		PhoneNumbers.Check check = new PhoneNumbers.Check();
		int checked = 0;
		int valid = 0;
		for (int i = 0; i < TRIES; i++) {
			StringBuilder candidate = new StringBuilder(pick(starts));
			int digits = 6 + this.random.nextInt(9);
			for (int d = 0; d < digits; d++) {
				candidate.append((char) ('0' + this.random.nextInt(10)));
				if (this.random.nextInt(4) == 0) {
					candidate.append(pick(separators));
				}
			}
			String text = candidate.toString().strip();
			int end = PersonalDataPatterns.phoneShapeEnd(text, 0);
			if (end < 0) {
				continue;
			}
			String shape = text.substring(0, end);
			boolean expected = (shape.startsWith("+") || shape.startsWith("0") || shape.startsWith("(0"))
					&& isValid(phones, shape);
			// one check for all numbers, as for all numbers of a post
			assertThat(check.isValid(text, 0, end)).as(shape).isEqualTo(expected);
			checked++;
			valid += expected ? 1 : 0;
		}
		assertThat(checked).isGreaterThan(TRIES / 4);
		assertThat(valid).as("valid numbers among them").isGreaterThan(checked / 10);
	}

	private static boolean isValid(PhoneNumberUtil phones, String candidate) {
		try {
			return phones.isValidNumber(phones.parse(candidate, "NL"));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	@Test
	void citizenNumbersPostcodesAndPlatesAsThePatternsReadThem() {
		List<String> bsn = List.of("1", "23", "456", "7890", "123456789", "123.45.678", "123 456 789", " ", ".", "-",
				",", "/", "_", "a", "é", "\uD835\uDC00");
		agree(PersonalDataPatterns.BSN, bsn, PersonalDataPatterns::bsnShapeEnd);
		List<String> postcodes = List.of("1234", "0123", "5611 AB", "5611AB", "7", " ", "\t", "\n", "AB", "SA", "SD",
				"SS", "S", "A", "b", "-", "é", "\uD835\uDC00", "5");
		agree(PersonalDataPatterns.POSTCODE, postcodes, PersonalDataPatterns::postcodeShapeEnd);
		List<String> plates = List.of("AB-12-CD", "12-ABC-3", "1-AB-234", "XYZ-99-Q", "AB", "X", "12", "3", "-", "-",
				"ZZZ", "999", "a", "é", "\uD835\uDC00", " ");
		agree(PersonalDataPatterns.PLATE, plates, PersonalDataPatterns::plateShapeEnd);
		List<String> ibans = List.of("NL91", "ABNA", "0417", "1643", "00", " ", " ", "  ", "X", "7", "a", "é", "-",
				"NL91ABNA0417164300", "BE71 0961 2345 6769", "nl91", "abna", "NL 91", "NL", "nl", "91");
		agree(PersonalDataPatterns.IBAN, ibans, PersonalDataPatterns::ibanShapeEnd);
	}

	@Test
	void theStreetBeforeAPostcodeAsThePatternReadsIt() {
		List<String> before = List.of("", "Woont op ", "x", "é", "(", "12 ", "De ", "\uD835\uDC00", "'");
		List<String> capitals = List.of("Prins ", "Van ", "St. ", "O'Neil ", "Émile ", "ǅo ", "Ⓐb ", "van ", "PRINS ",
				"Koning\tWillem ", "A. ");
		List<String> names = List.of("Kerk", "Gogh", "'s-Graven", "x", "Woon", "é", "", "Hendrik", "Ab'c-d", "ª",
				"Straat", "K", "kerk", "Oude ");
		List<String> suffixes = List.of("straat", "straatweg", "weg", "laan", "hof", "plein", "oord", "dam", "Straat",
				"lei", "strat");
		List<String> additions = List.of("", "", "a", " a", "B", " B", "é", "-2", "-12345", "a-4", " a-12", "-");
		List<String> ends = List.of(", ", " ", "  ", "\t", "\n", "\r\n", ",", " \u2028", "\u2028", " \u0085", "\u00a0",
				", \n");
		List<String> noise = List.of("a", "B", " ", "-", "'", ".", ",", "1", "é", "\u2028", "\uD835\uDC00", "Ⓐ");
		int matched = 0;
		for (int i = 0; i < TRIES; i++) {
			StringBuilder street = new StringBuilder(pick(before));
			for (int w = this.random.nextInt(4); w > 0; w--) {
				street.append(pick(capitals));
			}
			street.append(pick(names)).append(pick(suffixes)).append(pick(List.of(" ", " ", "  ", "")));
			street.append(digits(this.random.nextInt(7))).append(pick(additions)).append(pick(ends));
			String text = mutate(street.toString(), noise, this.random.nextInt(3));
			int to = text.length();
			int from = this.random.nextInt(4) == 0 ? this.random.nextInt(to + 1) : 0;
			Matcher matcher = PersonalDataPatterns.STREET_BEFORE.matcher(text)
				.region(from, to)
				.useTransparentBounds(true)
				.useAnchoringBounds(true);
			int expected = matcher.find() ? matcher.start() : -1;
			assertThat(PersonalDataPatterns.streetStart(text, from, to)).as("%s from %d", text, from)
				.isEqualTo(expected);
			if (expected >= 0) {
				matched++;
			}
		}
		assertThat(matched).as("matches among the random strings").isGreaterThan(TRIES / 20);
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int d = 0; d < count; d++) {
			digits.append((char) ('0' + this.random.nextInt(10)));
		}
		return digits.toString();
	}

	/** The text with a few pieces put in, over or instead of its characters. */
	private String mutate(String text, List<String> pieces, int times) {
		StringBuilder mutated = new StringBuilder(text);
		for (int t = 0; t < times && !mutated.isEmpty(); t++) {
			int at = this.random.nextInt(mutated.length());
			switch (this.random.nextInt(3)) {
				case 0 -> mutated.insert(at, pick(pieces));
				case 1 -> mutated.replace(at, at + 1, pick(pieces));
				default -> mutated.deleteCharAt(at);
			}
		}
		return mutated.toString();
	}

	@Test
	void aStudentNumberIsTriedOnlyAtItsFixedFirstLetter() {
		assertThat(PersonalDataPatterns.firstLetter(TextScreener.DEFAULT_STUDENT_NUMBER)).isEqualTo('L');
		assertThat(PersonalDataPatterns.firstLetter(pattern("L-\\d{4,6}"))).isEqualTo('L');
		assertThat(PersonalDataPatterns.firstLetter(pattern("7\\d{6}"))).isEqualTo('7');
		for (String anyStart : List.of("L?-\\d{4}", "L-\\d+|M-\\d+", "(?i)l-\\d{4}", "[LM]-\\d{4}", "\\d{6}",
				"(L)-\\d{4}")) {
			assertThat(PersonalDataPatterns.firstLetter(pattern(anyStart))).as(anyStart).isEqualTo((char) 0);
		}
		assertThat(PersonalDataPatterns.firstLetter(Pattern.compile("L-\\d{4}", Pattern.CASE_INSENSITIVE)))
			.isEqualTo((char) 0);
		PersonalDataPatterns other = new PersonalDataPatterns(pattern("S\\d{6}|X-\\d{3}"));
		List<String> found = new java.util.ArrayList<>();
		String text = "Leerling S123456 en X-123, niet L-1234";
		other.find(text, candidate -> {
			if (candidate.type() == FindingType.STUDENT_NUMBER) {
				found.add(text.substring(candidate.start(), candidate.end()));
			}
		});
		assertThat(found).containsExactly("S123456", "X-123");
	}

	/** As ScreeningProperties wraps a board's pattern. */
	private static Pattern pattern(String core) {
		return Pattern.compile("(?<![\\p{L}\\d-])(?:" + core + ")(?![\\p{L}\\d])");
	}

	private interface HandMatcher {

		/** Where the match from {@code start} ends, or -1. */
		int end(String text, int start);

	}

	/** At every position of many random strings, the pattern and the hand agree. */
	private void agree(Pattern pattern, List<String> pieces, HandMatcher hand) {
		int matched = 0;
		for (int i = 0; i < TRIES; i++) {
			String text = join(pieces, 1 + this.random.nextInt(16));
			Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			for (int start = 0; start < text.length(); start++) {
				matcher.region(start, text.length());
				int expected = matcher.lookingAt() ? matcher.end() : -1;
				assertThat(hand.end(text, start)).as("%s at %d", text, start).isEqualTo(expected);
				if (expected >= 0) {
					matched++;
				}
			}
		}
		assertThat(matched).as("matches among the random strings").isGreaterThan(TRIES / 50);
	}

	private String join(List<String> pieces, int count) {
		StringBuilder text = new StringBuilder();
		for (int p = 0; p < count; p++) {
			text.append(pick(pieces));
		}
		return text.toString();
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
