package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A small board for tests, built through the import as real data is: two locations (A and
 * B) of one school, a teacher, a group and a student in each, and a guardian of the
 * student in A.
 */
final class DirectoryFixtures {

	static final String UNITS = """
			code;naam;soort;bovenliggend
			B;Bestuur;bestuur;
			S;School;school;B
			LOC-A;Locatie A;locatie;S
			LOC-B;Locatie B;locatie;S
			""";

	static final String GROUPS = """
			code;naam;eenheid
			GA;Groep A;LOC-A
			GB;Groep B;LOC-B
			""";

	static final String EMPLOYEES = """
			personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
			T-A;Anna;;Akker;Leerkracht;LOC-A;D-1;anna@school.example;GA
			D-1;Dirk;;Directeur;Directeur;S;;dirk@school.example;
			T-B;Bert;van;Bos;Leerkracht;LOC-B;D-1;bert@school.example;GB
			""";

	private final DirectoryImporter importer;

	DirectoryFixtures(DirectoryImporter importer) {
		this.importer = importer;
	}

	static String students(LocalDate today) {
		return "leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep\n" + "S-A1;Sara;de;Wit;"
				+ dutch(today.minusYears(10).minusDays(3)) + ";GA\n" + "S-B1;Bas;;Berg;"
				+ dutch(today.minusYears(17).minusDays(40)) + ";GB\n";
	}

	static final String GUARDIANS = """
			relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
			G-1;Greet;de;Wit;greet@ouders.example;0612345678;S-A1
			""";

	static String dutch(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
	}

	void importBoard(LocalDate today) {
		load(ImportKind.UNITS, UNITS);
		load(ImportKind.GROUPS, GROUPS);
		load(ImportKind.EMPLOYEES, EMPLOYEES);
		load(ImportKind.STUDENTS, students(today));
		load(ImportKind.GUARDIANS, GUARDIANS);
	}

	ImportReport load(ImportKind kind, String csv) {
		return TestSheets.importSheet(this.importer, kind, csv);
	}

}
