package nl.mediaprotocol.screening;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The board's own public identifiers: its phone numbers, mailboxes, bank accounts,
 * social-media accounts and visiting addresses. They are no personal data (3.1.3 protects
 * persons), so screening leaves them alone. Kept as data per board, like the lexicon.
 *
 * <p>
 * The file has one identifier per line under a section header: {@code [phone]},
 * {@code [email]}, {@code [email-domain]} (where the role mailboxes, such as info@ and
 * administratie@, are the board's; a person's mailbox there stays personal),
 * {@code [iban]}, {@code [profile]} (a link or an @handle) and {@code [address]} (street,
 * number and postcode); {@code #} starts a comment.
 */
final class OrganisationIdentifiers {

	static final OrganisationIdentifiers NONE = new OrganisationIdentifiers();

	/**
	 * Mailboxes that stand for a function, not a person (RFC 2142's and a school's own):
	 * at the board's domain they are the board's.
	 */
	static final Set<String> ROLE_MAILBOXES = Set.of("info", "informatie", "contact", "administratie", "admin",
			"secretariaat", "directie", "bestuur", "receptie", "overblijf", "tso", "bso", "opvang", "ouderraad",
			"oudervereniging", "mr", "gmr", "medezeggenschapsraad", "klachten", "vertrouwenspersoon", "ict", "helpdesk",
			"servicedesk", "support", "facilitair", "personeelszaken", "hr", "pz", "financien", "financiën", "planning",
			"rooster", "leerlingzaken", "leerlingadministratie", "verzuim", "ziekmelding", "absentie", "aanmelden",
			"aanmelding", "aanmeldingen", "inschrijving", "communicatie", "pers", "media", "privacy", "fg", "avg",
			"zorg", "zorgteam", "stage", "stages", "examen", "examens", "postmaster", "webmaster", "hostmaster",
			"abuse", "security", "noreply", "no-reply", "nieuwsbrief", "office", "sales", "jobs", "vacatures", "werken",
			"team", "school");

	private static final Pattern POSTCODE = Pattern.compile("(\\d{4})\\s?([A-Za-z]{2})(?![\\p{L}\\d])");

	private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\d\\p{L}-])(\\d{1,5})(?!\\d)");

	private final Set<String> phones = new HashSet<>();

	/** The last seven digits of the board's phone numbers and accounts: a first sieve. */
	private final Set<Integer> phoneEndings = new HashSet<>();

	private final Set<Integer> ibanEndings = new HashSet<>();

	private final Set<String> emails = new HashSet<>();

	private final Set<String> emailDomains = new HashSet<>();

	private final Set<String> ibans = new HashSet<>();

	private final Set<String> profiles = new HashSet<>();

	/** Per postcode ("5611AB"), the house numbers the board has there. */
	private final Map<String, Set<String>> addresses = new HashMap<>();

	/** The four digits of each of the board's postcodes: a first sieve. */
	private final Set<String> postcodeDigits = new HashSet<>();

	private OrganisationIdentifiers() {
	}

	static OrganisationIdentifiers load(InputStream in) {
		OrganisationIdentifiers identifiers = new OrganisationIdentifiers();
		String[] section = { null };
		DataFileLines.read(in, (number, content) -> {
			if (content.startsWith("[") && content.endsWith("]")) {
				section[0] = content.substring(1, content.length() - 1).strip().toLowerCase(Locale.ROOT);
			}
			else if (section[0] == null || !identifiers.add(section[0], content)) {
				throw new IllegalArgumentException("Organisation identifiers line " + number + ": \"" + content
						+ "\" is no identifier under [" + section[0] + "]");
			}
		});
		return identifiers;
	}

	static OrganisationIdentifiers of(String text) {
		return load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private boolean add(String section, String identifier) {
		switch (section) {
			case "phone" -> {
				this.phoneEndings.add(lastDigits(identifier, 7));
				return addTo(this.phones, nationalNumber(identifier), 5);
			}
			case "email" -> {
				return identifier.indexOf('@') > 0 && addTo(this.emails, identifier.toLowerCase(Locale.ROOT), 3);
			}
			case "email-domain" -> {
				String domain = identifier.toLowerCase(Locale.ROOT);
				return domain.indexOf('.') > 0
						&& addTo(this.emailDomains, domain.startsWith("@") ? domain.substring(1) : domain, 3);
			}
			case "iban" -> {
				String iban = compactIban(identifier);
				this.ibanEndings.add(lastDigits(identifier, 7));
				return Checksums.isIban(iban) && addTo(this.ibans, iban, 1);
			}
			case "profile" -> {
				return addTo(this.profiles, handle(identifier), 1);
			}
			case "address" -> {
				Matcher postcode = POSTCODE.matcher(identifier);
				if (!postcode.find()) {
					return false;
				}
				this.postcodeDigits.add(postcode.group(1));
				this.addresses.computeIfAbsent(postcode(postcode), key -> new HashSet<>())
					.add(houseNumberBefore(identifier, postcode.start()));
				return true;
			}
			default -> {
				return false;
			}
		}
	}

	private static boolean addTo(Set<String> identifiers, String identifier, int shortest) {
		if (identifier.length() < shortest) {
			return false;
		}
		identifiers.add(identifier);
		return true;
	}

	private static String postcode(Matcher postcode) {
		return postcode.group(1) + postcode.group(2).toUpperCase(Locale.ROOT);
	}

	/** The last number before the postcode: "12" of "Dorpsstraat 12, 5611 AB"; or "". */
	private static String houseNumberBefore(String address, int postcode) {
		Matcher house = HOUSE_NUMBER.matcher(address).region(0, postcode);
		String number = "";
		while (house.find()) {
			number = house.group(1);
		}
		return number;
	}

	boolean isEmpty() {
		return this.phones.isEmpty() && this.emails.isEmpty() && this.emailDomains.isEmpty() && this.ibans.isEmpty()
				&& this.profiles.isEmpty() && this.addresses.isEmpty();
	}

	/** Whether the text of a finding of this type is one of the board's identifiers. */
	boolean owns(FindingType type, String found) {
		// each check first compares a few characters, as nearly every finding is someone
		// else's
		return switch (type) {
			case PHONE_NUMBER ->
				this.phoneEndings.contains(lastDigits(found, 7)) && this.phones.contains(nationalNumber(found));
			case EMAIL -> ownsEmail(found);
			case IBAN -> this.ibanEndings.contains(lastDigits(found, 7)) && this.ibans.contains(compactIban(found));
			case PROFILE_URL -> !this.profiles.isEmpty() && this.profiles.contains(handle(found));
			case ADDRESS -> !this.addresses.isEmpty() && ownsAddress(found);
			default -> false;
		};
	}

	/**
	 * The last {@code count} digits of the text as a number; -1 when it has fewer.
	 */
	private static int lastDigits(String text, int count) {
		int value = 0;
		int scale = 1;
		int seen = 0;
		for (int i = text.length() - 1; i >= 0 && seen < count; i--) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				value += (c - '0') * scale;
				scale *= 10;
				seen++;
			}
		}
		return seen == count ? value : -1;
	}

	private boolean ownsEmail(String found) {
		if (!endsWithAny(found, this.emails) && !endsWithAny(found, this.emailDomains)) {
			return false;
		}
		String email = found.toLowerCase(Locale.ROOT);
		if (this.emails.contains(email)) {
			return true;
		}
		int at = email.lastIndexOf('@');
		return at > 0 && this.emailDomains.contains(email.substring(at + 1))
				&& ROLE_MAILBOXES.contains(email.substring(0, at));
	}

	private static boolean containsAny(String text, Set<String> parts) {
		for (String part : parts) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsWithAny(String text, Set<String> endings) {
		for (String ending : endings) {
			if (text.regionMatches(true, text.length() - ending.length(), ending, 0, ending.length())) {
				return true;
			}
		}
		return false;
	}

	/** The board's postcode, and its house number when the finding has one. */
	private boolean ownsAddress(String found) {
		if (!containsAny(found, this.postcodeDigits)) {
			return false;
		}
		Matcher postcode = POSTCODE.matcher(found);
		if (!postcode.find()) {
			return false;
		}
		Set<String> numbers = this.addresses.get(postcode(postcode));
		if (numbers == null) {
			return false;
		}
		String houseNumber = houseNumberBefore(found, postcode.start());
		return houseNumber.isEmpty() || numbers.contains(houseNumber);
	}

	/**
	 * The national significant number: the digits without the country code 31 or the
	 * trunk prefix 0, so that "040-2123456" and "+31 40 212 3456" are the same.
	 */
	static String nationalNumber(String phone) {
		StringBuilder digits = new StringBuilder(phone.length());
		for (int i = 0; i < phone.length(); i++) {
			char c = phone.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		String number = digits.toString();
		if (phone.strip().startsWith("+")) {
			number = number.startsWith("31") ? number.substring(2) : "+" + number;
		}
		else if (number.startsWith("0031")) {
			number = number.substring(4);
		}
		else if (number.startsWith("00")) {
			number = "+" + number.substring(2);
		}
		return number.startsWith("0") ? number.substring(1) : number;
	}

	private static String compactIban(String iban) {
		StringBuilder compact = new StringBuilder(iban.length());
		for (int i = 0; i < iban.length(); i++) {
			char c = iban.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				compact.append(Character.toUpperCase(c));
			}
		}
		return compact.toString();
	}

	/**
	 * The account's handle, whatever network or form: "instagram.com/ssoe_eindhoven/",
	 * "https://www.instagram.com/ssoe_eindhoven" and "@ssoe_eindhoven" are one account.
	 */
	static String handle(String profile) {
		String handle = profile.strip().toLowerCase(Locale.ROOT);
		int query = indexOfAny(handle, "?#");
		if (query >= 0) {
			handle = handle.substring(0, query);
		}
		while (handle.endsWith("/")) {
			handle = handle.substring(0, handle.length() - 1);
		}
		handle = handle.substring(handle.lastIndexOf('/') + 1);
		return handle.startsWith("@") ? handle.substring(1) : handle;
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
