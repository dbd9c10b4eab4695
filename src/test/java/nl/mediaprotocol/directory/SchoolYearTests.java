package nl.mediaprotocol.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolYearTests {

	@Test
	void aSchoolYearRunsFromAugustToJuly() {
		assertThat(SchoolYear.containing(LocalDate.of(2026, 7, 31))).hasToString("2025-2026");
		assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 1))).hasToString("2026-2027");
	}

	@Test
	void readsTheWaysSchoolsWriteIt() {
		assertThat(SchoolYear.parse("2026-2027")).contains(new SchoolYear(2026));
		assertThat(SchoolYear.parse("2026/2027")).contains(new SchoolYear(2026));
		assertThat(SchoolYear.parse("2026-2028")).isEmpty();
		assertThat(SchoolYear.parse("26-27")).isEmpty();
	}

}
