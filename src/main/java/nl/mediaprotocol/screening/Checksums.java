package nl.mediaprotocol.screening;

import java.util.Map;

/**
 * The checks that tell a real account or citizen number from any run of digits.
 */
final class Checksums {

	/**
	 * IBAN lengths per country (the ISO 13616 registry): a country not in it has no IBAN.
	 */
	static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("AD", 24), Map.entry("AE", 23),
			Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16),
			Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
			Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18),
			Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
			Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
			Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26), Map.entry("IT", 27),
			Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28), Map.entry("LC", 32),
			Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MA", 28),
			Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
			Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PK", 24),
			Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24),
			Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19),
			Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
			Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24),
			Map.entry("XK", 20));

	private Checksums() {
	}

	/**
	 * ISO 13616: the number, with its first four characters moved to the end, mod 97 is
	 * 1.
	 */
	static boolean isIban(String compact) {
		int length = compact.length();
		if (length < 15 || length > 34 || !Character.isLetter(compact.charAt(0))
				|| !Character.isLetter(compact.charAt(1)) || !Character.isDigit(compact.charAt(2))
				|| !Character.isDigit(compact.charAt(3))) {
			return false;
		}
		Integer expected = IBAN_LENGTHS.get(compact.substring(0, 2));
		if (expected == null || expected != length) {
			return false;
		}
		int remainder = 0;
		String rearranged = compact.substring(4) + compact.substring(0, 4);
		for (int i = 0; i < rearranged.length(); i++) {
			char c = Character.toUpperCase(rearranged.charAt(i));
			if (c >= '0' && c <= '9') {
				remainder = (remainder * 10 + (c - '0')) % 97;
			}
			else if (c >= 'A' && c <= 'Z') {
				remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
			}
			else {
				return false;
			}
		}
		return remainder == 1;
	}

	/** The "elfproef": 9 digits, weights 9 down to 2 and -1, sum divisible by 11. */
	static boolean isBsn(String digits) {
		if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (digits.charAt(i) - '0');
		}
		sum -= digits.charAt(8) - '0';
		return sum % 11 == 0;
	}

}
