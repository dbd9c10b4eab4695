package nl.mediaprotocol.channels;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static nl.mediaprotocol.directory.TestSheets.importTwoLocations;

/**
 * A small board for the channel tests, on 24 November 2026: in Groep Noord Noah (14) with
 * his mother, Sem (17) with his father, and Lisa, who turns 16 that day and has no
 * guardian on record; Groep Zuid elsewhere.
 */
final class ChannelBoard {

	static final CurrentUser TEACHER = CurrentUser.of("tom", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser TEAMLEIDER_ZUID = CurrentUser.of("tlz", "M-TLZ",
			RoleGrant.forUnit(Role.TEAMLEIDER, "ZUID"));

	static final CurrentUser NOAHS_MOTHER = CurrentUser.of("esther", "G-1", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser SEMS_FATHER = CurrentUser.of("gijs", "G-2", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser NOAH = CurrentUser.of("noah", "L-1", RoleGrant.boardWide(Role.LEERLING));

	static final CurrentUser SEM = CurrentUser.of("sem", "L-2", RoleGrant.boardWide(Role.LEERLING));

	static final CurrentUser LISA = CurrentUser.of("lisa", "L-3", RoleGrant.boardWide(Role.LEERLING));

	static final CurrentUser GUARDIAN_ZUID = CurrentUser.of("zoe", "G-Z", RoleGrant.boardWide(Role.OUDER));

	private ChannelBoard() {
	}

	static void load(DirectoryImporter importer) {
		importTwoLocations(importer);
		importSheet(importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-TL;Tina;;Teamleider;Teamleider;NOORD;;tina@school.example;
				M-TLZ;Zoe;;Zuid;Teamleider;ZUID;;zoe@school.example;
				M-T;Tom;;Leraar;Leerkracht;NOORD;M-TL;tom@school.example;GN
				""");
		importSheet(importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2012;GN
				L-2;Sem;de;Boer;02-05-2009;GN
				L-3;Lisa;;Smit;24-11-2010;GN
				L-Z;Zeno;;Zuid;02-05-2009;GZ
				""");
		importSheet(importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				G-2;Gijs;de;Boer;gijs@ouders.example;;L-2
				G-Z;Zoe;;Zuid;zoe@ouders.example;;L-Z
				""");
	}

}
