package nl.mediaprotocol.directory;

import java.util.Set;

import nl.mediaprotocol.Fuzz;
import org.junit.jupiter.api.Test;

/** The CSV sheets of the import, read from whatever a beheerder uploads. */
class CsvImportFuzzTests {

	@Test
	void aMangledSheetIsReadOrRefusedNeverThrownOrHung() {
		Fuzz.run("CSV import", Fuzz.utf8("""
				leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep
				L-1;Noah;;Vermeulen;12-03-2017;GN
				L-2;Sem;de;Boer;02-05-2016;GN
				""", """
				personeelsnummer,voornaam,tussenvoegsel,achternaam,functie,eenheid,leidinggevende,email,groepen
				M-1,"Nina","",Noord,"Leerkracht, bovenbouw",NOORD,,nina@school.example,"GN;GZ"
				""", "code;naam;soort;bovenliggend\r\nB;Bestuur;bestuur;\r\nS;School;school;B\r\n", "\uFEFFa;b\n1;2\n"),
				Fuzz.iterations(400), Set.of(CsvSheet.Unreadable.class), input -> {
					CsvSheet sheet = CsvSheet.read(input);
					sheet.toString();
				});
	}

}
