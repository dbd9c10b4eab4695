package nl.mediaprotocol.screening;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import net.datafaker.Faker;
import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the labelled corpus that {@link ScreeningAccuracyTests} measures against: a
 * directory of Dutch names (Datafaker, Dutch locale, fixed seed) and posts in a school's
 * voice with the findings each should give and where. The files are kept in the
 * repository; run again only to change the corpus:
 * {@code ./mvnw -B test -Dtest=ScreeningCorpusWriter -Dscreening.corpus.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screening.corpus.write", matches = "true")
class ScreeningCorpusWriter {

	static final Path DIRECTORY = Path.of("src/test/resources/screening/corpus-directory.csv");

	static final Path CORPUS = Path.of("src/test/resources/screening/corpus-nl.tsv");

	static final List<String> GROUPS = List.of("Klas 1", "Klas 2", "Klas 3", "Klas 4", "Groep Zonnebloem",
			"Groep Regenboog", "Entreeklas", "Trajectgroep Route040");

	static final List<String> UNITS = List.of("Woensel", "Strijp", "Locatie Woensel", "Locatie Strijp",
			"Autisme Steunpunt", "Externe Dienstverlening", "Route040");

	static final List<String> ORGANISATION = List.of("SSOE", "stichting speciaal onderwijs & expertisecentra",
			"Autisme Steunpunt", "Externe Dienstverlening", "Route040", "Locatie Woensel", "Locatie Strijp");

	private final Random random = new Random(20260601);

	private final Faker faker = new Faker(Locale.of("nl"), new Random(20260601));

	private final List<KnownPerson> people = new ArrayList<>();

	private final Set<String> registered = new HashSet<>();

	private final Set<String> firstNames = new HashSet<>();

	@Test
	void writeTheCorpus() throws IOException {
		directory();
		List<String> lines = new ArrayList<>();
		lines.add("# personal<TAB>text<TAB>expected findings as TYPE:start-end, UTF-16 offsets, end exclusive");
		for (int i = 0; i < 1200; i++) {
			Post post = post();
			lines.add(post.personal + "\t" + post.text + "\t" + String.join(" ", post.labels));
		}
		Files.write(CORPUS, lines, StandardCharsets.UTF_8);
	}

	private void directory() throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("kind;ref;first;prefix;last");
		for (int i = 0; i < 2000; i++) {
			Kind kind = i < 1200 ? Kind.STUDENT : i < 1700 ? Kind.GUARDIAN : Kind.EMPLOYEE;
			String first = this.faker.name().firstName();
			String prefix = this.random.nextInt(4) == 0 ? this.faker.expression("#{Name.tussenvoegsel}") : "";
			String last = this.faker.name().lastName();
			String ref = (kind == Kind.STUDENT ? "L-" : kind == Kind.GUARDIAN ? "R-" : "M-") + (1000 + i);
			KnownPerson person = new KnownPerson(ref, kind, first, prefix.isEmpty() ? null : prefix, last);
			if (!this.registered.add(fold(first + " " + person.fullLastName()))) {
				continue;
			}
			this.people.add(person);
			this.firstNames.add(fold(first));
			lines.add(String.join(";", kind.name(), ref, first, prefix, last));
		}
		Files.write(DIRECTORY, lines, StandardCharsets.UTF_8);
	}

	private static String fold(String text) {
		return Folding.fold(text).replaceAll("[^\\p{L}\\d]+", " ").strip();
	}

	/** A post being written: its text and labels grow slot by slot. */
	private static final class Post {

		final StringBuilder text = new StringBuilder();

		final List<String> labels = new ArrayList<>();

		boolean personal;

		Post say(String words) {
			this.text.append(words);
			return this;
		}

		Post slot(FindingType type, String value) {
			int start = this.text.length();
			this.text.append(value);
			if (type != null) {
				this.labels.add(type + ":" + start + "-" + this.text.length());
			}
			return this;
		}

	}

	private Post post() {
		Post post = new Post();
		int sentences = 1 + this.random.nextInt(3);
		for (int s = 0; s < sentences; s++) {
			if (s > 0) {
				post.say(" ");
			}
			sentence(post);
		}
		if (this.random.nextInt(8) == 0) {
			post.personal = true;
			disclosure(post);
		}
		return post;
	}

	private void sentence(Post post) {
		switch (this.random.nextInt(22)) {
			case 0 -> post.say("Vandaag was de sportdag en ")
				.slot(FindingType.PERSON_NAME, fullName(registered()))
				.say(" won de estafette!");
			case 1 -> post.say("Gefeliciteerd ")
				.slot(FindingType.PERSON_NAME, registered().firstName())
				.say(" uit ")
				.say(pick(GROUPS))
				.say(", je was geweldig.");
			case 2 -> {
				KnownPerson person = registered();
				post.say("Op de foto: ")
					.slot(FindingType.PERSON_NAME, person.firstName() + " " + person.lastName().charAt(0) + ".")
					.say(" bij het schoolreisje naar de Efteling.");
			}
			case 3 -> post.say("Hoera, ")
				.slot(FindingType.PERSON_NAME, firstOnly(registered()))
				.say(" ")
				.slot(FindingType.DATE_OF_BIRTH, age())
				.say(" is jarig in ")
				.say(pick(GROUPS))
				.say("!");
			case 4 -> {
				post.say("Vragen over de excursie? Bel ").slot(FindingType.PHONE_NUMBER, phone()).say(" of mail ");
				email(post);
				post.say(".");
			}
			case 5 -> post.say("De ouderbijdrage kunt u overmaken op ")
				.slot(FindingType.IBAN, iban())
				.say(" voor 1 oktober.");
			case 6 -> post.say("In het dossier staat BSN ").slot(FindingType.BSN, bsn()).say(", dat hoort hier niet.");
			case 7 -> post.say("Leerling ").slot(FindingType.STUDENT_NUMBER, studentNumber()).say(" is opgehaald.");
			case 8 -> post.say("De bus vertrekt bij ").slot(FindingType.ADDRESS, address()).say(" om half negen.");
			case 9 -> post.say("De auto met kenteken ")
				.slot(FindingType.LICENCE_PLATE, plate())
				.say(" stond weer fout geparkeerd.");
			case 10 -> {
				KnownPerson person = registered();
				post.say("Onze ")
					.slot(FindingType.PERSON_NAME, fullName(person))
					.say(" is ")
					.slot(FindingType.DATE_OF_BIRTH, "geboren op " + birthDate())
					.say(".");
			}
			case 11 -> post.say("Kijk ook op ").slot(FindingType.PROFILE_URL, profile()).say(" voor de filmpjes.");
			case 12, 13 -> harmful(post);
			case 14 -> post.say(negativeSentence());
			case 15 -> post.say(negativeSentence()).say(" ").say(negativeSentence());
			case 16 -> post.say("Wat een mooie dag met ")
				.say(unregisteredName())
				.say(" en ")
				.say(unregisteredName())
				.say(" bij het zwembad.");
			case 17 -> post.say("Ordernummer ")
				.say(notABsn())
				.say(" en rekening ")
				.say(notAnIban())
				.say(" kloppen niet, zie artikel 3.1.")
				.say(String.valueOf(1 + this.random.nextInt(9)))
				.say(".");
			case 18 -> {
				KnownPerson person = registered();
				post.slot(FindingType.PERSON_NAME, person.firstName())
					.say(" ")
					.slot(FindingType.DATE_OF_BIRTH, "wordt vandaag " + (4 + this.random.nextInt(16)))
					.say(" en trakteert in ")
					.say(pick(GROUPS))
					.say(".");
			}
			case 19 -> post.say("Stuur je vraag aan juf ")
				.slot(FindingType.PERSON_NAME, fullName(employee()))
				.say(" via ")
				.slot(FindingType.PHONE_NUMBER, phone())
				.say(".");
			case 20 -> post.say("Nieuw adres van ")
				.slot(FindingType.PERSON_NAME, fullName(registered()))
				.say(": ")
				.slot(FindingType.ADDRESS, address())
				.say(".");
			default -> post.say("Let op: in the English version we say: ")
				.say(pick(List.of("Have a great weekend!", "Parents are welcome at 3 pm.",
						"Our class visited the zoo on May 3rd.", "Thanks to all volunteers!")));
		}
	}

	private void disclosure(Post post) {
		post.say(" ")
			.say(pick(List.of("Ik vind het beleid van ", "Eerlijk gezegd is het rommelig bij ",
					"Wat een goede keuze van ")));
		post.slot(null, "SSOE");
		int start = post.text.length() - 4;
		post.say(".");
		boolean role = this.random.nextBoolean();
		boolean disclaimer = this.random.nextBoolean();
		if (role) {
			post.say(" " + pick(List.of("Ik werk als leerkracht bij SSOE.", "Ik ben onderwijsassistent bij SSOE.",
					"Ik werk als intern begeleider op de school.")));
		}
		if (disclaimer) {
			post.say(" " + pick(List.of("Dit is mijn persoonlijke mening.", "Ik schrijf dit op persoonlijke titel.",
					"Dit is mijn eigen mening, niet die van de school.")));
		}
		int end = start + 4;
		int first = post.text.indexOf("SSOE");
		if (first >= 0 && first < start) {
			start = first;
			end = first + 4;
		}
		if (!role) {
			post.labels.add(FindingType.MISSING_ROLE_DISCLOSURE + ":" + start + "-" + end);
		}
		if (!disclaimer) {
			post.labels.add(FindingType.MISSING_DISCLAIMER + ":" + start + "-" + end);
		}
	}

	private static final List<String> HARMFUL = List.of("insult:kankerlijer", "insult:klootzak", "insult:sukkel",
			"insult:debiel", "insult:mongool", "insult:hoer", "insult:slet", "insult:idioot", "insult:loser",
			"insult:tering", "insult:tyfuslijer", "insult:iedereen haat je", "insult:eikel", "insult:kutwijf",
			"threat:ik maak je af", "threat:ik weet waar je woont", "threat:ik steek je neer", "threat:je gaat eraan",
			"threat:ik sla je in elkaar", "threat:ga dood", "sexual:stuur me een foto van je", "sexual:naaktfoto",
			"sexual:nudes", "sexual:geile", "discrimination:vuile flikker", "discrimination:kankerjood",
			"discrimination:terug naar je eigen land", "discrimination:makak", "radicalisation:jihad",
			"radicalisation:heil hitler", "radicalisation:omvolking", "radicalisation:dood aan de ongelovigen");

	private void harmful(Post post) {
		String term = pick(HARMFUL).split(":")[1];
		String variant = switch (this.random.nextInt(6)) {
			case 0 -> term.toUpperCase(Locale.ROOT);
			case 1 -> leet(term);
			case 2 -> term.contains(" ") ? term : String.join(" ", term.split(""));
			case 3 -> term + term.substring(term.length() - 1).repeat(3);
			case 4 -> Character.toUpperCase(term.charAt(0)) + term.substring(1);
			default -> term;
		};
		post.say(pick(List.of("In de groepsapp stond: ", "Iemand schreef onder de foto: ", "Bericht in de chat: ")))
			.slot(FindingType.HARMFUL_CONTENT, variant)
			.say(pick(List.of("!", ".", " en dat is niet oké.", " 😡")));
	}

	private static String leet(String term) {
		return term.replace('a', '4').replace('e', '3').replace('o', '0').replace('i', '1');
	}

	private String negativeSentence() {
		return pick(List.of("De schoolfotograaf komt op 3 maart, groep 8 om 12.30 uur.",
				"We lopen mee met de sponsorloop voor kankeronderzoek.",
				"Negeer de regen, we gaan gewoon naar buiten en bekijken de boom in de tuin.",
				"De ballonnen opblazen voor het feest en daarna het huiswerk afmaken.",
				"Lees artikel 3.1.6 van het protocol nog eens door.", "In 2024 kwamen er 120 nieuwe leerlingen.",
				"Het is 12 jaar geleden dat de school openging.", "De kosten zijn € 12,50 per leerling.",
				"Meer informatie op www.ssoe.nl/nieuws of instagram.com/p/Cx12abc.",
				"Groep 8 (24 leerlingen) gaat 3 dagen op kamp.",
				"De code van de klas is VSO-3 en de route is 12-03-2024.", "Bel in noodgevallen 112.",
				"Op 15-06 is de laatste schooldag.", "Het lokaal B-12 is vrij tussen 9.00 en 10.30.",
				"Wat een zonnige dag, iedereen heeft genoten!", "De ouderavond begint om 19.30 uur in de aula.",
				"We hebben 1234 euro opgehaald voor het goede doel.", "De bus had 45 minuten vertraging.",
				"Hij is 3 keer zo snel als vorig jaar.", "Zoals altijd een fijne en veilige week gewenst."));
	}

	private KnownPerson registered() {
		return this.people.get(this.random.nextInt(this.people.size()));
	}

	private KnownPerson employee() {
		KnownPerson person;
		do {
			person = registered();
		}
		while (person.kind() != Kind.EMPLOYEE);
		return person;
	}

	private String fullName(KnownPerson person) {
		String name = person.firstName() + " " + person.fullLastName();
		return switch (this.random.nextInt(6)) {
			case 0 -> name.toLowerCase(Locale.ROOT);
			case 1 -> name.toUpperCase(Locale.ROOT);
			default -> name;
		};
	}

	private String firstOnly(KnownPerson person) {
		return person.firstName();
	}

	private String unregisteredName() {
		while (true) {
			String first = this.faker.name().firstName();
			String last = this.faker.name().lastName();
			if (!this.registered.contains(fold(first + " " + last))) {
				return first + " " + last;
			}
		}
	}

	private String age() {
		return pick(List.of("(" + (4 + this.random.nextInt(15)) + ")", "(" + (4 + this.random.nextInt(15)) + " jaar)"));
	}

	private String birthDate() {
		int year = 2006 + this.random.nextInt(16);
		int month = 1 + this.random.nextInt(12);
		int day = 1 + this.random.nextInt(28);
		String[] months = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
				"oktober", "november", "december" };
		return this.random.nextBoolean() ? day + " " + months[month - 1] + " " + year
				: String.format("%02d-%02d-%d", day, month, year);
	}

	private String phone() {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		while (true) {
			String digits = String.format("%08d", this.random.nextInt(100_000_000));
			String area = pick(List.of("010", "020", "030", "040", "050", "070", "073", "076", "024", "013"));
			String candidate = switch (this.random.nextInt(7)) {
				case 0 -> "06-" + digits;
				case 1 -> "06 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6)
						+ " " + digits.substring(6);
				case 2 -> "06" + digits;
				case 3 -> "+31 6 " + digits;
				case 4 -> "+316" + digits;
				case 5 -> area + "-" + digits.substring(1);
				default -> "+31 " + area.substring(1) + " " + digits.substring(1, 4) + " " + digits.substring(4);
			};
			try {
				if (util.isValidNumber(util.parse(candidate, "NL"))) {
					return candidate;
				}
			}
			catch (NumberParseException ex) {
				// try another
			}
		}
	}

	/**
	 * A registered person's address, "first.last12@gmail.com": the first and last name in
	 * it name them as well, unless the last name goes without its "tussenvoegsel".
	 */
	private void email(Post post) {
		KnownPerson person = registered();
		String local = Folding.fold(person.firstName()).replaceAll("[^a-z]", "") + "."
				+ Folding.fold(person.lastName()).replaceAll("[^a-z]", "");
		int start = post.text.length();
		post.slot(FindingType.EMAIL, local + this.random.nextInt(100) + "@"
				+ pick(List.of("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl")));
		if (person.prefix() == null) {
			post.labels.add(FindingType.PERSON_NAME + ":" + start + "-" + (start + local.length()));
		}
	}

	private String profile() {
		String handle = Folding.fold(this.faker.name().firstName()).replaceAll("[^a-z]", "")
				+ this.random.nextInt(1000);
		return pick(List.of("instagram.com/", "https://www.facebook.com/", "tiktok.com/@", "linkedin.com/in/",
				"https://www.tiktok.com/@")) + handle;
	}

	private String iban() {
		String bank = pick(List.of("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"));
		String account = String.format("%010d", Math.abs(this.random.nextLong() % 10_000_000_000L));
		String check = ibanCheck("NL", bank + account);
		String iban = "NL" + check + bank + account;
		return this.random.nextBoolean() ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private String notAnIban() {
		String valid = iban().replace(" ", "");
		int check = Integer.parseInt(valid.substring(2, 4));
		return valid.substring(0, 2) + String.format("%02d", (check + 1 + this.random.nextInt(90)) % 97 + 2)
				+ valid.substring(4);
	}

	static String ibanCheck(String country, String bban) {
		StringBuilder numeric = new StringBuilder();
		for (char c : (bban + country + "00").toCharArray()) {
			numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
		}
		int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
		return String.format("%02d", check);
	}

	private String bsn() {
		while (true) {
			String digits = String.format("%09d", 100_000_000 + this.random.nextInt(800_000_000));
			if (Checksums.isBsn(digits)) {
				return this.random.nextInt(4) == 0
						? digits.substring(0, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6) : digits;
			}
		}
	}

	private String notABsn() {
		while (true) {
			String digits = String.format("%09d", 100_000_000 + this.random.nextInt(800_000_000));
			if (!Checksums.isBsn(digits)) {
				return digits;
			}
		}
	}

	private String studentNumber() {
		return "L-" + (1000 + this.random.nextInt(9000));
	}

	private String address() {
		String postcode = (1000 + this.random.nextInt(9000)) + (this.random.nextBoolean() ? " " : "")
				+ (char) ('A' + this.random.nextInt(26)) + (char) ('A' + this.random.nextInt(26));
		if (postcode.endsWith("SA") || postcode.endsWith("SD") || postcode.endsWith("SS")) {
			postcode = postcode.substring(0, postcode.length() - 2) + "AB";
		}
		if (this.random.nextBoolean()) {
			return postcode;
		}
		String street = pick(List.of("Kerkstraat", "Dorpsweg", "Stationsplein", "Molenlaan", "Beukenlaan",
				"Hoofdstraat", "Schoolstraat", "Prins Hendrikplein", "Van Goghstraat", "Marktstraat"));
		return street + " " + (1 + this.random.nextInt(200)) + (this.random.nextInt(4) == 0 ? "a" : "") + ", "
				+ postcode;
	}

	private String plate() {
		String sidecode = pick(List.of("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL",
				"DD-LLL-D", "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"));
		StringBuilder plate = new StringBuilder();
		String letters = "BDFGHJKLNPRSTVXZ";
		for (char c : sidecode.toCharArray()) {
			plate.append(switch (c) {
				case 'L' -> letters.charAt(this.random.nextInt(letters.length()));
				case 'D' -> (char) ('0' + this.random.nextInt(10));
				default -> c;
			});
		}
		return plate.toString();
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
