package nl.mediaprotocol.insights;

import java.util.List;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.ImportKind;

import static nl.mediaprotocol.directory.TestSheets.importSheet;

/**
 * A small board for the dashboard tests: a school S with the locations NOORD and ZUID
 * under its directeur, and an expertise centre E with a directeur of its own; a
 * bestuurder, an FG, a teamleider, communications, and the guardians of the students.
 */
final class InsightsBoard {

	static final CurrentUser DIRECTEUR = CurrentUser.of("dir", "M-DIR", RoleGrant.forUnit(Role.DIRECTEUR, "S"));

	static final CurrentUser DIRECTEUR_E = CurrentUser.of("dire", "M-DIRE", RoleGrant.forUnit(Role.DIRECTEUR, "E"));

	static final CurrentUser BESTUURDER = CurrentUser.of("bst", "M-BST", RoleGrant.boardWide(Role.BESTUURDER));

	static final CurrentUser FG = CurrentUser.of("fg", "M-FG", RoleGrant.boardWide(Role.FG));

	static final CurrentUser TEAMLEIDER = CurrentUser.of("tl", "M-TL", RoleGrant.forUnit(Role.TEAMLEIDER, "NOORD"));

	static final CurrentUser COMM = CurrentUser.of("comm", "M-COMM", RoleGrant.boardWide(Role.COMMUNICATIE));

	static final CurrentUser COMM2 = CurrentUser.of("comm2", "M-COMM2", RoleGrant.boardWide(Role.COMMUNICATIE));

	static final CurrentUser GUARDIAN = CurrentUser.of("g1", "G-1", RoleGrant.boardWide(Role.OUDER));

	static final CurrentUser GUARDIAN_E = CurrentUser.of("ge", "G-E", RoleGrant.boardWide(Role.OUDER));

	private InsightsBoard() {
	}

	static void load(DirectoryImporter importer, AccountRegistry accounts) {
		importSheet(importer, ImportKind.UNITS, """
				code;naam;soort;bovenliggend
				B;Bestuur;bestuur;
				S;School;school;B
				NOORD;Locatie Noord;locatie;S
				ZUID;Locatie Zuid;locatie;S
				E;Expertisecentrum;dienst;B
				""");
		importSheet(importer, ImportKind.GROUPS, """
				code;naam;eenheid
				GN;Groep Noord;NOORD
				GE;Groep Expertise;E
				""");
		importSheet(importer, ImportKind.EMPLOYEES, """
				personeelsnummer;voornaam;tussenvoegsel;achternaam;functie;eenheid;leidinggevende;email;groepen
				M-BST;Bea;;Bestuur;Bestuurder;B;;bea@school.example;
				M-FG;Fenna;;Gegevens;Functionaris gegevensbescherming;B;M-BST;fenna@school.example;
				M-COMM;Cor;;Communicatie;Communicatiemedewerker;B;M-BST;cor@school.example;
				M-COMM2;Cas;;Communicatie;Communicatiemedewerker;B;M-BST;cas@school.example;
				M-DIR;Dirk;;Directeur;Directeur;S;M-BST;dirk@school.example;
				M-DIRE;Eva;;Expert;Directeur;E;M-BST;eva@school.example;
				M-TL;Tina;;Teamleider;Teamleider;NOORD;M-DIR;tina@school.example;
				""");
		importSheet(importer, ImportKind.STUDENTS, """
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2014;GN
				L-2;Sem;;de Boer;02-05-2014;GN
				L-E1;Eva;;Een;02-05-2013;GE
				L-E2;Ezra;;Twee;02-05-2013;GE
				L-E3;Elin;;Drie;02-05-2013;GE
				L-E4;Emre;;Vier;02-05-2013;GE
				L-E5;Ella;;Vijf;02-05-2013;GE
				L-E6;Eef;;Zes;02-05-2013;GE
				""");
		importSheet(importer, ImportKind.GUARDIANS, """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-1;Esther;;Vermeulen;esther@ouders.example;;L-1
				G-2;Carla;de;Boer;carla@ouders.example;;L-2
				G-E;Erik;;Expertise;erik@ouders.example;;L-E1|L-E2|L-E3|L-E4|L-E5|L-E6
				""");
		for (CurrentUser user : List.of(DIRECTEUR, DIRECTEUR_E, BESTUURDER, FG, TEAMLEIDER, COMM, COMM2)) {
			accounts.open(user.getUsername(), user.getUsername(), user.personRef(), "insights-tests-password",
					user.grants());
		}
	}

}
