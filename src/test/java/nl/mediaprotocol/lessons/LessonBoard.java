package nl.mediaprotocol.lessons;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static nl.mediaprotocol.directory.TestSheets.importTwoLocations;

/**
 * A small board for the lesson tests: two locations with a group each, a teacher per
 * group, a teamleider of one location; students (one with a guardian) in both.
 */
final class LessonBoard {

	static final CurrentUser TEACHER = CurrentUser.of("tom", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser TEACHER_ZUID = CurrentUser.of("zara", "M-TZ", RoleGrant.forUnit(Role.LEERKRACHT, "ZUID"));

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser GUARDIAN = CurrentUser.of("esther", "G-1", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser GUARDIAN_ZUID = CurrentUser.of("zoe", "G-Z", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser STUDENT = CurrentUser.of("sem", "L-2", RoleGrant.boardWide(Role.LEERLING));

	private LessonBoard() {
	}

	static void load(DirectoryImporter importer) {
		importTwoLocations(importer);
		importSheet(importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-TL;Tina;;Teamleider;Teamleider;NOORD;;tina@school.example;
				M-T;Tom;;Leraar;Leerkracht;NOORD;M-TL;tom@school.example;GN
				M-TZ;Zara;;Zuid;Leerkracht;ZUID;;zara@school.example;GZ
				""");
		importSheet(importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2012;GN
				L-2;Sem;de;Boer;02-05-2009;GN
				L-Z;Zeno;;Zuid;02-05-2013;GZ
				""");
		importSheet(importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				G-Z;Zoe;;Zuid;zoe@ouders.example;;L-Z
				""");
	}

}
