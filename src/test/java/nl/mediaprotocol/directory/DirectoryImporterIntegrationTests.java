package nl.mediaprotocol.directory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class DirectoryImporterIntegrationTests {

	@Autowired
	DirectoryImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	DirectoryFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void cleanBoard() {
		this.jdbc.sql("delete from guardianships").update();
		this.jdbc.sql("delete from group_teachers").update();
		this.jdbc.sql("update people set manager_id = null").update();
		this.jdbc.sql("delete from people").update();
		this.jdbc.sql("delete from class_groups").update();
		this.jdbc.sql("update units set parent_id = null").update();
		this.jdbc.sql("delete from units").update();
		this.fixtures = new DirectoryFixtures(this.importer);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void acceptsAValidFileOfEachKind() {
		this.fixtures.importBoard(this.today);

		assertThat(count("units")).isEqualTo(4);
		assertThat(count("class_groups")).isEqualTo(2);
		assertThat(count("people")).isEqualTo(6);
		assertThat(this.jdbc.sql("select count(*) from guardianships").query(Long.class).single()).isOne();
		assertThat(this.jdbc.sql("select m.ref from people p join people m on m.id = p.manager_id where p.ref = 'T-A'")
			.query(String.class)
			.single()).as("a manager further down the same file").isEqualTo("D-1");
	}

	@Test
	void rejectsABadFileWithLineLevelReasonsAndLeavesTheDatabaseUnchanged() {
		this.fixtures.importBoard(this.today);
		String before = snapshot();
		String bad = "leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;groep\n"
				+ "S-A1;Sara-Renamed;de;Wit;" + DirectoryFixtures.dutch(this.today.minusYears(10)) + ";GA\n"
				+ "S-NEW;Nina;;Nieuw;" + DirectoryFixtures.dutch(this.today.minusYears(8)) + ";G-UNKNOWN\n"
				+ "S-FUT;Fien;;Later;" + DirectoryFixtures.dutch(this.today.plusDays(10)) + ";GA\n"
				+ "S-A1;Sara;de;Dubbel;" + DirectoryFixtures.dutch(this.today.minusYears(10)) + ";GA\n"
				+ "S-BAD;Bo;;Datum;31-02-2015;GA\n" + "S-EMPTY;;;Leeg;"
				+ DirectoryFixtures.dutch(this.today.minusYears(9)) + ";GA\n" + "G-1;Greet;;Ouder;"
				+ DirectoryFixtures.dutch(this.today.minusYears(9)) + ";GA\n";

		ImportReport report = this.importer.importCsv(ImportKind.STUDENTS, bad.getBytes(StandardCharsets.UTF_8));

		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactlyInAnyOrder(tuple(3, "groep", "import.line.unknownGroup"),
					tuple(4, "geboortedatum", "import.line.bornInFuture"),
					tuple(5, "leerlingnummer", "import.line.duplicate"),
					tuple(6, "geboortedatum", "import.line.badDate"), tuple(7, "voornaam", "import.line.required"),
					tuple(8, "leerlingnummer", "import.line.refOfOtherKind"));
		assertThat(snapshot()).as("the valid line 2 is not applied either").isEqualTo(before);
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		this.fixtures.importBoard(this.today);
		String before = snapshot();

		ImportReport report = this.fixtures.load(ImportKind.EMPLOYEES, DirectoryFixtures.EMPLOYEES);

		assertThat(report.created()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(report.unchanged()).isEqualTo(3);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedFileUpdatesRecordsInPlace() {
		this.fixtures.importBoard(this.today);
		long id = personId("S-A1");

		ImportReport report = this.fixtures.load(ImportKind.STUDENTS,
				DirectoryFixtures.students(this.today).replace("S-A1;Sara;de;Wit", "S-A1;Sarah;de;Wit"));

		assertThat(report.updated()).isOne();
		assertThat(report.unchanged()).isOne();
		assertThat(personId("S-A1")).isEqualTo(id);
		assertThat(this.jdbc.sql("select first_name from people where ref = 'S-A1'").query(String.class).single())
			.isEqualTo("Sarah");
	}

	@Test
	void readsCommaSeparatedFilesWithAByteOrderMarkAndOtherHeaderNames() {
		String units = "\uFEFFCode,Naam,Soort,Valt onder\nB,Bestuur,bestuur,\nS,\"School, SO en VSO\",school,B\n";

		ImportReport report = this.importer.importCsv(ImportKind.UNITS, units.getBytes(StandardCharsets.UTF_8));

		assertThat(report.problems()).isEmpty();
		assertThat(report.created()).isEqualTo(2);
		assertThat(this.jdbc.sql("select name from units where code = 'S'").query(String.class).single())
			.isEqualTo("School, SO en VSO");
	}

	@Test
	void refusesAFileThatIsNotUtf8() {
		byte[] latin1 = "code;naam;soort;bovenliggend\nB;Bestuur café;bestuur;\n"
			.getBytes(Charset.forName("windows-1252"));

		ImportReport report = this.importer.importCsv(ImportKind.UNITS, latin1);

		assertThat(report.problems()).extracting(ImportProblem::code).containsExactly("import.file.notUtf8");
		assertThat(count("units")).isZero();
	}

	@Test
	void namesAMissingColumn() {
		ImportReport report = this.importer.importCsv(ImportKind.UNITS,
				"code;naam\nB;Bestuur\n".getBytes(StandardCharsets.UTF_8));

		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code)
			.containsExactly(tuple(0, "import.file.missingColumn"));
		assertThat(report.problems().getFirst().args()).first().isEqualTo("soort");
	}

	@Test
	void refusesUnitsThatFallUnderThemselves() {
		String units = "code;naam;soort;bovenliggend\nB;Bestuur;bestuur;\nX;X;dienst;Y\nY;Y;dienst;X\nZ;Z;dienst;Q\n";

		ImportReport report = this.importer.importCsv(ImportKind.UNITS, units.getBytes(StandardCharsets.UTF_8));

		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code)
			.containsExactlyInAnyOrder(tuple(3, "import.line.unitCircle"), tuple(4, "import.line.unitCircle"),
					tuple(5, "import.line.unknownUnit"));
		assertThat(count("units")).isZero();
	}

	@Test
	void refusesGuardiansOfUnknownStudentsAndInvalidContactDetails() {
		this.fixtures.importBoard(this.today);
		String guardians = """
				relatienummer;voornaam;tussenvoegsel;achternaam;email;telefoon;leerlingen
				G-2;Gert;;Gast;geen-adres;12345;S-A1|S-UNKNOWN
				""";

		ImportReport report = this.importer.importCsv(ImportKind.GUARDIANS, guardians.getBytes(StandardCharsets.UTF_8));

		assertThat(report.problems()).extracting(ImportProblem::column, ImportProblem::code)
			.containsExactlyInAnyOrder(tuple("email", "import.line.badEmail"),
					tuple("telefoon", "import.line.badPhone"), tuple("leerlingen", "import.line.unknownStudent"));
	}

	@Test
	void storesDutchPhoneNumbersInInternationalForm() {
		this.fixtures.importBoard(this.today);

		assertThat(this.jdbc.sql("select phone from people where ref = 'G-1'").query(String.class).single())
			.isEqualTo("+31612345678");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long personId(String ref) {
		return this.jdbc.sql("select id from people where ref = ?").param(ref).query(Long.class).single();
	}

	/** Every row of the directory, as text, to compare before and after. */
	private String snapshot() {
		return String.join("\n", this.jdbc.sql("select * from units order by id").query().listOfRows().toString(),
				this.jdbc.sql("select * from class_groups order by id").query().listOfRows().toString(),
				this.jdbc.sql("select * from people order by id").query().listOfRows().toString(),
				this.jdbc.sql("select * from guardianships order by guardian_id, student_id")
					.query()
					.listOfRows()
					.toString(),
				this.jdbc.sql("select * from group_teachers order by employee_id, group_id")
					.query()
					.listOfRows()
					.toString());
	}

}
