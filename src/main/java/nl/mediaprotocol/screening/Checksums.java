package nl.mediaprotocol.screening;

import java.util.Map;

/**
 * The checks that tell a real account or citizen number from any run of digits.
 */
final class Checksums {

	/** IBAN lengths of the countries a Dutch school meets most. */
	static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("NL", 18), Map.entry("BE", 16),
			Map.entry("DE", 22), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("LU", 20), Map.entry("ES", 24),
			Map.entry("IT", 27), Map.entry("PL", 28), Map.entry("TR", 26), Map.entry("MA", 28), Map.entry("AT", 20),
			Map.entry("CH", 21), Map.entry("PT", 25), Map.entry("IE", 22), Map.entry("DK", 18));

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
		Integer expected = IBAN_LENGTHS.get(compact.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
		if (expected != null && expected != length) {
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
