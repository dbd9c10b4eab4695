package nl.mediaprotocol.care;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static nl.mediaprotocol.directory.TestSheets.importTwoLocations;

/**
 * A small board for the care tests, built through the import as real data is: one school
 * with locations Noord and Zuid, a group and a student in each, a teacher in Noord, and
 * the people behind the care coordinators' accounts.
 */
final class CareBoard {

	static final String NOAH = "L-1";

	static final String ZOE = "L-2";

	static final CurrentUser TEACHER_NOORD = CurrentUser.of("leerkracht-noord", "T-N",
			RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser ZORG_NOORD = CurrentUser.of("zorg-noord", "Z-N", RoleGrant.forUnit(Role.ZORG, "NOORD"));

	static final CurrentUser ZORG_ZUID = CurrentUser.of("zorg-zuid", "Z-Z", RoleGrant.forUnit(Role.ZORG, "ZUID"));

	/** A coordinator for the school, and so for both its locations. */
	static final CurrentUser ZORG_SCHOOL = CurrentUser.of("zorg-school", "Z-S", RoleGrant.forUnit(Role.ZORG, "S"));

	static final CurrentUser MEDEWERKER_NOORD = CurrentUser.of("medewerker-noord", "M-N",
			RoleGrant.forUnit(Role.MEDEWERKER, "NOORD"));

	private CareBoard() {
	}

	/** Imports the board; importing it again changes nothing. */
	static void importInto(DirectoryImporter importer) {
		importTwoLocations(importer);
		importSheet(importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				T-N;Tineke;;Noord;Leerkracht;NOORD;;tineke@school.example;GN
				Z-N;Zara;;Noord;Zorgcoördinator;NOORD;;zara@school.example;
				Z-Z;Zeger;;Zuid;Zorgcoördinator;ZUID;;zeger@school.example;
				Z-S;Ilse;;School;Intern begeleider;S;;ilse@school.example;
				M-N;Mo;;Noord;Conciërge;NOORD;;mo@school.example;
				""");
		importSheet(importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2011;GN
				L-2;Zoë;;Zuidema;02-05-2010;GZ
				""");
		importSheet(importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				""");
	}

	static SignalForm signalAbout(String studentRef) {
		return new SignalForm(null, studentRef, "Noah zit in elke pauze op zijn telefoon en valt in de les in slaap.",
				"Kort met Noah gepraat.");
	}

}
