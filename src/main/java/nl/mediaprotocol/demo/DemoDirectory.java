package nl.mediaprotocol.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mediaprotocol.directory.ImportKind;

/**
 * The demo board as the CSV files a student administration would export, so that demo
 * data enters through the same import as real data. Students' dates of birth follow
 * today, so that their ages (4 to 20) stay true.
 */
final class DemoDirectory {

	static final String BOARD_CODE = "SSOE";

	static final String OUDER_REF = "R-2012";

	static final String LEERLING_REF = "L-1020";

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final String UNITS = """
			code;naam;soort;bovenliggend
			SSOE;SSOE – stichting speciaal onderwijs & expertisecentra;bestuur;
			SCHOOL;School voor speciaal onderwijs;school;SSOE
			SO-STRIJP;Locatie Strijp (SO);locatie;SCHOOL
			VSO-WOENSEL;Locatie Woensel (VSO);locatie;SCHOOL
			ED;Externe Dienstverlening;dienst;SSOE
			ASP;Autisme Steunpunt;dienst;SSOE
			R040;Route040;dienst;SSOE
			""";

	private static final String GROUPS = """
			code;naam;eenheid
			SO-A;Groep Zonnebloem;SO-STRIJP
			SO-B;Groep Regenboog;SO-STRIJP
			VSO-1;Klas 1;VSO-WOENSEL
			VSO-3;Klas 3;VSO-WOENSEL
			VSO-E;Entreeklas;VSO-WOENSEL
			R040-T;Trajectgroep Route040;R040
			""";

	/**
	 * Staff number, first name, prefix, last name, function, unit, manager, groups
	 * taught.
	 */
	private static final String EMPLOYEES = """
			personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
			M-100;Henk;;Jansen;Voorzitter College van Bestuur;SSOE;;h.jansen@ssoe.example;
			M-101;Marieke;van den;Berg;Directeur;SCHOOL;M-100;m.vandenberg@ssoe.example;
			M-102;Ahmed;El;Amrani;Teamleider VSO;VSO-WOENSEL;M-101;a.elamrani@ssoe.example;
			M-103;Sanne;de;Vries;Leerkracht;VSO-WOENSEL;M-102;s.devries@ssoe.example;VSO-3
			M-104;Fatma;;Yilmaz;Teamleider SO;SO-STRIJP;M-101;f.yilmaz@ssoe.example;
			M-105;Joost;;Bakker;Leerkracht;SO-STRIJP;M-104;j.bakker@ssoe.example;SO-A
			M-106;Sophie;;Willems;Leerkracht;SO-STRIJP;M-104;s.willems@ssoe.example;SO-B
			M-107;Eva;van;Leeuwen;Leerkracht;VSO-WOENSEL;M-102;e.vanleeuwen@ssoe.example;VSO-1
			M-108;Daan;;Peters;Leerkracht;VSO-WOENSEL;M-102;d.peters@ssoe.example;VSO-E
			M-109;Peter;;Visser;Onderwijsassistent;VSO-WOENSEL;M-102;p.visser@ssoe.example;VSO-3
			M-110;Lotte;;Smit;Communicatiemedewerker;SSOE;M-100;l.smit@ssoe.example;
			M-111;Ingrid;;Mulder;Intern begeleider en zorgcoördinator;SCHOOL;M-101;i.mulder@ssoe.example;
			M-112;Kevin;de;Jong;ICT-coördinator;SSOE;M-100;k.dejong@ssoe.example;
			M-113;Annelies;;Bos;Functionaris Gegevensbescherming;SSOE;M-100;a.bos@ssoe.example;
			M-114;Ruud;;Hendriks;Applicatiebeheerder;SSOE;M-112;r.hendriks@ssoe.example;
			M-115;Noor;;Dekker;Ambulant begeleider;ED;M-100;n.dekker@ssoe.example;
			M-116;Bram;;Meijer;Consulent autisme;ASP;M-100;b.meijer@ssoe.example;
			M-117;Yara;;Haddou;Trajectbegeleider;R040;M-100;y.haddou@ssoe.example;R040-T
			""";

	/** Age, first name, prefix, last name; the group follows from the age. */
	private static final List<String> STUDENTS = List.of("4;Mila;;Kok", "5;Sem;de;Boer", "6;Tess;;Brouwer",
			"7;Finn;;Dijkstra", "7;Zoë;van der;Meer", "8;Levi;;Smits", "9;Noah;;Vermeulen", "9;Julia;de;Graaf",
			"10;Luuk;;Jacobs", "11;Saar;van;Dijk", "12;Milan;;Hoekstra", "12;Amira;El;Idrissi", "13;Stijn;;Verhoeven",
			"13;Lina;;Yıldız", "14;Thijs;van der;Linden", "14;Fenna;;Koster", "15;Ravi;;Ramdin", "15;Evi;;Prins",
			"15;Jesse;;Kuipers", "16;Nora;;Vos", "16;Mohammed;;Benali", "16;Isa;de;Wit", "17;Lucas;;Vermeulen",
			"17;Emma;;Schouten", "18;Bilal;;Aydın", "18;Femke;;Postma", "19;Tim;van;Beek", "19;Lieke;;Maas",
			"20;Kim;;Huisman", "17;Sven;;Wouters");

	private final LocalDate today;

	DemoDirectory(LocalDate today) {
		this.today = today;
	}

	/** The files in the order the import needs them. */
	Map<ImportKind, String> files() {
		return Map.of(ImportKind.UNITS, UNITS, ImportKind.GROUPS, GROUPS, ImportKind.EMPLOYEES, EMPLOYEES,
				ImportKind.STUDENTS, students(), ImportKind.GUARDIANS, guardians());
	}

	static List<ImportKind> order() {
		return List.of(ImportKind.UNITS, ImportKind.GROUPS, ImportKind.EMPLOYEES, ImportKind.STUDENTS,
				ImportKind.GUARDIANS);
	}

	private String students() {
		StringBuilder csv = new StringBuilder("leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep\n");
		for (int i = 0; i < STUDENTS.size(); i++) {
			String[] student = STUDENTS.get(i).split(";", -1);
			int age = Integer.parseInt(student[0]);
			// spread birthdays over the year, never on today, so that ages do not tip
			// over mid-demo
			LocalDate born = this.today.minusYears(age).minusDays(20 + (i * 11) % 300);
			String group = i == 29 ? "R040-T" : groupFor(age);
			csv.append(studentRef(i))
				.append(';')
				.append(student[1])
				.append(';')
				.append(student[2])
				.append(';')
				.append(student[3])
				.append(';')
				.append(born.format(DUTCH_DATE))
				.append(';')
				.append(group)
				.append('\n');
		}
		return csv.toString();
	}

	private static String groupFor(int age) {
		if (age <= 7) {
			return "SO-A";
		}
		if (age <= 11) {
			return "SO-B";
		}
		if (age <= 14) {
			return "VSO-1";
		}
		return age <= 16 ? "VSO-3" : "VSO-E";
	}

	static String studentRef(int index) {
		return "L-" + (1001 + index);
	}

	/**
	 * One guardian per student, two for every third student; Noah (9) and Lucas (17)
	 * Vermeulen are brothers with the same guardians, the first of whom is the demo
	 * "ouder".
	 */
	private String guardians() {
		List<String> lines = new ArrayList<>();
		lines.add("relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen");
		String[] firstNames = { "Anouk", "Mark", "Linda", "Erik", "Samira", "Dennis", "Esther", "Hasan", "Marloes",
				"Rob" };
		for (int i = 0; i < STUDENTS.size(); i++) {
			if (i == 22) {
				continue;
			}
			String[] student = STUDENTS.get(i).split(";", -1);
			String children = i == 6 ? studentRef(6) + "|" + studentRef(22) : studentRef(i);
			lines.add(guardian(2000 + 2 * i, firstNames[i % firstNames.length], student[2], student[3], children));
			if (i % 3 == 0) {
				lines.add(guardian(2001 + 2 * i, firstNames[(i + 5) % firstNames.length], student[2], student[3],
						children));
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private static String guardian(int relation, String firstName, String prefix, String lastName, String children) {
		String email = firstName.toLowerCase(Locale.ROOT) + "." + relation + "@ouders.example";
		String phone = "06" + (10000000 + relation * 7919);
		return String.join(";", "R-" + relation, firstName, prefix, lastName, email, phone, children);
	}

}
