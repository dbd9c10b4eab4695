package nl.mediaprotocol.cases;

import java.util.Set;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;

import static nl.mediaprotocol.directory.TestSheets.importSheet;
import static nl.mediaprotocol.directory.TestSheets.importTwoLocations;

/**
 * A small board for the case tests: a teamleider in each of two locations under one
 * directeur, who answers to the bestuurder; a teacher; students and a guardian.
 */
final class CaseBoard {

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser TEAMLEIDER_ZUID = CurrentUser.of("tlz", "M-TLZ",
			RoleGrant.forUnit(Role.TEAMLEIDER, "ZUID"));

	static final CurrentUser DIRECTEUR = CurrentUser.of("dir", "M-DIR", RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	static final CurrentUser BESTUURDER = CurrentUser.of("bst", "M-BST", RoleGrant.boardWide(Role.BESTUURDER));

	static final CurrentUser TEACHER = CurrentUser.of("tom", "M-T", RoleGrant.forUnit(Role.LEERKRACHT, "NOORD"));

	private CaseBoard() {
	}

	static void load(DirectoryImporter importer, AccountRegistry accounts) {
		importTwoLocations(importer);
		importSheet(importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-BST;Bea;;Bestuur;Bestuurder;B;;bea@school.example;
				M-DIR;Dirk;;Directeur;Directeur;S;M-BST;dirk@school.example;
				M-TL;Tina;;Teamleider;Teamleider;NOORD;M-DIR;tina@school.example;
				M-TLZ;Zoe;;Zuid;Teamleider;ZUID;M-DIR;zoe@school.example;
				M-T;Tom;;Leraar;Leerkracht;NOORD;M-TL;tom@school.example;GN
				""");
		importSheet(importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2012;GN
				L-2;Sem;;de Boer;02-05-2012;GN
				L-Z;Zeno;;Zuid;02-05-2013;GZ
				""");
		importSheet(importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				""");
		for (CurrentUser user : Set.of(TEAMLEIDER, TEAMLEIDER_ZUID, DIRECTEUR, BESTUURDER, TEACHER)) {
			accounts.open(user.getUsername(), user.getUsername(), user.personRef(), "case-tests-password",
					user.grants());
		}
	}

}
