package nl.mediaprotocol.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;

/**
 * Whether a phone-shaped run of digits is a valid number, as libphonenumber decides at
 * its VALID leniency, with the region NL as default.
 *
 * <p>
 * Parsing and validating through PhoneNumberUtil costs microseconds: the parse itself,
 * and a dozen patterns it looks up in a synchronised cache. For the Dutch forms
 * ("06-12345678", "(040) 123 4567", "+31 6 12345678") the national significant number is
 * taken here as parse() takes it: the digits after the country code 31 and after the
 * national prefix 0, which parse() always strips, as no Dutch number starts with 0. It is
 * then checked as isValidNumber() checks it, against libphonenumber's own metadata for
 * NL: the general description, then the description of any type of number (fixed line,
 * mobile, toll free, ...), each a length it may have and a pattern. Here those are
 * compiled once, one pattern per length. Other numbers are parsed and validated by
 * libphonenumber. PersonalDataPatternsTests holds both ways to each other.
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final PhoneMetadata DUTCH = DefaultMetadataDependenciesProvider.getInstance()
		.getPhoneNumberMetadataSource()
		.getMetadataForRegion("NL");

	/** Longer national significant numbers are too long for parse(). */
	private static final int LONGEST = 17;

	/**
	 * Per length, what a Dutch number of that length matches; null when none may have it.
	 */
	private static final Pattern[] GENERAL = new Pattern[LONGEST + 1];

	/** Per length, any of the types of number of that length; null when none. */
	private static final Pattern[] ANY_TYPE = new Pattern[LONGEST + 1];

	static {
		List<PhoneNumberDesc> types = List.of(DUTCH.getPremiumRate(), DUTCH.getTollFree(), DUTCH.getSharedCost(),
				DUTCH.getVoip(), DUTCH.getPersonalNumber(), DUTCH.getPager(), DUTCH.getUan(), DUTCH.getVoicemail(),
				DUTCH.getFixedLine(), DUTCH.getMobile());
		for (int length = 1; length <= LONGEST; length++) {
			GENERAL[length] = anyOf(List.of(DUTCH.getGeneralDesc()), length);
			ANY_TYPE[length] = anyOf(types, length);
		}
	}

	/**
	 * Dutch numbers that reach a service or a company, never a person: free (0800), paid
	 * (0900, 0906, 0909) and company numbers (088, 14 and the area code of a
	 * municipality). 084 and 087, though libphonenumber's UAN too, can be a person's.
	 */
	private static final Pattern DUTCH_SERVICE = Pattern.compile("(?:" + DUTCH.getTollFree().getNationalNumberPattern()
			+ ")|(?:" + DUTCH.getPremiumRate().getNationalNumberPattern() + ")|(?=88|14)(?:"
			+ DUTCH.getUan().getNationalNumberPattern() + ")");

	private PhoneNumbers() {
	}

	/**
	 * Whether a valid number is a service's or a company's (0800, 0900, 088, ...), which
	 * is no personal data.
	 */
	static boolean isServiceNumber(String text, int start, int end) {
		if (text.charAt(start) != '+' && !(text.startsWith("00", start) || text.startsWith("(00", start))) {
			// "0800", "0900", "088", "014": the first digit after the 0
			char first = 0;
			int zeros = 0;
			for (int i = start; i < end && first == 0; i++) {
				char c = text.charAt(i);
				if (c >= '1' && c <= '9') {
					first = c;
				}
				else if (c == '0' && ++zeros > 1) {
					return false;
				}
			}
			if (first != '8' && first != '9' && first != '1') {
				return false;
			}
		}
		String national = OrganisationIdentifiers.nationalNumber(text.substring(start, end));
		if (!national.startsWith("+")) {
			return DUTCH_SERVICE.matcher(national).matches();
		}
		try {
			PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(PHONES.parse(text.substring(start, end), "NL"));
			return type == PhoneNumberUtil.PhoneNumberType.TOLL_FREE
					|| type == PhoneNumberUtil.PhoneNumberType.PREMIUM_RATE
					|| type == PhoneNumberUtil.PhoneNumberType.SHARED_COST;
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	/** Like isNumberMatchingDesc: a length the description allows, and its pattern. */
	private static Pattern anyOf(List<PhoneNumberDesc> descriptions, int length) {
		StringBuilder any = new StringBuilder();
		for (PhoneNumberDesc description : descriptions) {
			List<Integer> lengths = description.getPossibleLengthList();
			String pattern = description.getNationalNumberPattern();
			if ((lengths.isEmpty() || lengths.contains(length)) && !pattern.isEmpty()) {
				any.append(any.isEmpty() ? "" : "|").append("(?:").append(pattern).append(')');
			}
		}
		return any.isEmpty() ? null : Pattern.compile(any.toString());
	}

	/**
	 * The checks of one post: a matcher per pattern is made once and moved to each
	 * number, as making one costs more than matching a few digits.
	 */
	static final class Check {

		private final StringBuilder national = new StringBuilder(LONGEST);

		private final Matcher[] general = new Matcher[LONGEST + 1];

		private final Matcher[] anyType = new Matcher[LONGEST + 1];

		/**
		 * Whether [start, end) of the text, phone-shaped, is a valid number; written
		 * nationally, a Dutch number starts with its 0.
		 */
		boolean isValid(String text, int start, int end) {
			char first = text.charAt(start);
			if (!(first == '+' || first == '0' || (first == '(' && text.charAt(start + 1) == '0'))) {
				return false;
			}
			int digits = 0;
			int d0 = -1;
			int d1 = -1;
			int d2 = -1;
			int d3 = -1;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c >= '0' && c <= '9') {
					switch (digits++) {
						case 0 -> d0 = c;
						case 1 -> d1 = c;
						case 2 -> d2 = c;
						case 3 -> d3 = c;
						default -> {
						}
					}
				}
			}
			// the digits before the national significant number
			int skip;
			if (first == '+') {
				// "+31 6 ...", "+31 (0)6 ..."; a second 0 would be read differently
				if (d0 != '3' || d1 != '1' || (d2 == '0' && d3 == '0')) {
					return isValidParsed(text, start, end);
				}
				skip = (d2 == '0') ? 3 : 2;
			}
			else if (d1 == '0') {
				// "00" is the international prefix
				return isValidParsed(text, start, end);
			}
			else {
				skip = 1;
			}
			int length = digits - skip;
			if (length > LONGEST || GENERAL[length] == null || ANY_TYPE[length] == null) {
				return false;
			}
			StringBuilder national = this.national;
			national.setLength(0);
			int seen = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if (c >= '0' && c <= '9' && seen++ >= skip) {
					national.append(c);
				}
			}
			return matches(this.general, GENERAL, length) && matches(this.anyType, ANY_TYPE, length);
		}

		private boolean matches(Matcher[] matchers, Pattern[] patterns, int length) {
			Matcher matcher = matchers[length];
			if (matcher == null) {
				matcher = patterns[length].matcher(this.national);
				matchers[length] = matcher;
			}
			else {
				matcher.reset(this.national);
			}
			return matcher.matches();
		}

	}

	private static boolean isValidParsed(String text, int start, int end) {
		try {
			return PHONES.isValidNumber(PHONES.parse(text.substring(start, end), "NL"));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

}
