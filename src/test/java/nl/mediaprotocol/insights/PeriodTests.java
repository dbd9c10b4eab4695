package nl.mediaprotocol.insights;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@Test
	void byDefaultTheLastTwelveMonthsUpToThisOne() {
		Period period = Period.of(null, " ", TODAY);

		assertThat(period).isEqualTo(new Period(YearMonth.of(2025, 12), YearMonth.of(2026, 11)));
		assertThat(period.months()).hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
	}

	@Test
	void monthsTheWrongWayRoundAreTurnedAndUnreadableOnesAreTheDefault() {
		assertThat(Period.of("2026-05", "2026-02", TODAY))
			.isEqualTo(new Period(YearMonth.of(2026, 2), YearMonth.of(2026, 5)));
		assertThat(Period.of("mei", "2026-02", TODAY))
			.isEqualTo(new Period(YearMonth.of(2025, 12), YearMonth.of(2026, 2)));
	}

	@Test
	void aPeriodLongerThanThreeYearsIsCutAtItsStart() {
		assertThat(Period.of("2010-01", "2026-11", TODAY).months()).hasSize(Period.MOST_MONTHS)
			.startsWith(YearMonth.of(2023, 12));
	}

}
