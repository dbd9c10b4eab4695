package nl.mediaprotocol.directory;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's sheets as the tests of every module import them: through the import, as
 * real data comes in, with no problem allowed.
 */
public final class TestSheets {

	/** A board with one school and its two locations, Noord and Zuid. */
	public static final String TWO_LOCATIONS = """
			code;naam;soort;bovenliggend
			B;Bestuur;bestuur;
			S;School;school;B
			NOORD;Locatie Noord;locatie;S
			ZUID;Locatie Zuid;locatie;S
			""";

	/** A group in each location of {@link #TWO_LOCATIONS}: Groep Noord and Groep Zuid. */
	public static final String A_GROUP_IN_EACH = """
			code;naam;eenheid
			GN;Groep Noord;NOORD
			GZ;Groep Zuid;ZUID
			""";

	private TestSheets() {
	}

	/** Imports one sheet; the test fails on any problem the import reports. */
	public static ImportReport importSheet(DirectoryImporter importer, ImportKind kind, String csv) {
		ImportReport report = importer.importCsv(kind, csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.problems()).as("problems importing %s", kind).isEmpty();
		return report;
	}

	/** The units of {@link #TWO_LOCATIONS} with {@link #A_GROUP_IN_EACH}. */
	public static void importTwoLocations(DirectoryImporter importer) {
		importSheet(importer, ImportKind.UNITS, TWO_LOCATIONS);
		importSheet(importer, ImportKind.GROUPS, A_GROUP_IN_EACH);
	}

}
