package nl.mediaprotocol.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.directory.PersonKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRulesTests {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final ConsentRules RULES = new ConsentRules(AMSTERDAM, false);

	/** Born 10 March 2010: turns 16 on 10 March 2026. */
	static final Subject STUDENT = new Subject("L-1", PersonKind.STUDENT, LocalDate.of(2010, 3, 10),
			List.of("G-1", "G-2"));

	static final Subject EMPLOYEE = new Subject("M-1", PersonKind.EMPLOYEE, null, List.of());

	final List<RecordedDecision> decisions = new ArrayList<>();

	@Test
	void silenceIsNeverConsent() {
		ConsentDecision answer = decide(STUDENT, "2025-09-01T10:00:00Z");

		assertThat(answer.allowed()).isFalse();
		assertThat(answer.decidedBy()).isEqualTo(Decider.NONE);
		assertThat(answer.reason()).isEqualTo(ConsentReason.NO_DECISION);
	}

	@Test
	void aGuardianDecidesForAStudentUnder16() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		ConsentDecision answer = decide(STUDENT, "2025-09-02T10:00:00Z");

		assertThat(answer.allowed()).isTrue();
		assertThat(answer.decidedBy()).isEqualTo(Decider.GUARDIAN);
		assertThat(answer.since()).isEqualTo(Instant.parse("2025-09-01T10:00:00Z"));
	}

	@Test
	void withTwoGuardiansOneNoIsANo() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");
		made("G-2", Decider.GUARDIAN, false, "2025-09-03T10:00:00Z");

		ConsentDecision answer = decide(STUDENT, "2025-09-04T10:00:00Z");

		assertThat(answer.allowed()).isFalse();
		assertThat(answer.decidedBy()).isEqualTo(Decider.GUARDIAN);
		assertThat(answer.reason()).isEqualTo(ConsentReason.GUARDIAN_REFUSED);
		assertThat(answer.since()).isEqualTo(Instant.parse("2025-09-03T10:00:00Z"));
	}

	@Test
	void aGuardianWhoChangesNoIntoYesLiftsTheirNo() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");
		made("G-2", Decider.GUARDIAN, false, "2025-09-03T10:00:00Z");
		made("G-2", Decider.GUARDIAN, true, "2025-10-01T10:00:00Z");

		assertThat(decide(STUDENT, "2025-09-10T10:00:00Z").allowed()).isFalse();
		assertThat(decide(STUDENT, "2025-10-02T10:00:00Z").allowed()).isTrue();
	}

	@Test
	void onlyTheStudentsOwnGuardiansCount() {
		made("G-9", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		assertThat(decide(STUDENT, "2025-09-02T10:00:00Z").allowed()).isFalse();
	}

	@Test
	void theAnswerAtAMomentIgnoresLaterDecisions() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");
		made("G-1", Decider.GUARDIAN, false, "2025-11-01T10:00:00Z");

		assertThat(decide(STUDENT, "2025-08-31T10:00:00Z").allowed()).isFalse();
		assertThat(decide(STUDENT, "2025-10-01T10:00:00Z").allowed()).isTrue();
		assertThat(decide(STUDENT, "2025-11-01T10:00:00Z").allowed()).isFalse();
		assertThat(decide(STUDENT, "2025-11-01T09:59:59.999Z").allowed()).isTrue();
	}

	@Test
	void fromTheSixteenthBirthdayTheStudentDecidesAndGuardiansMayNot() {
		// 3.1.6: consent is also asked of students from 16
		Instant dayBefore = Instant.parse("2026-03-09T12:00:00Z");
		Instant birthdayMorning = Instant.parse("2026-03-09T23:30:00Z"); // 10 March,
																			// 00:30 in
																			// Amsterdam

		assertThat(RULES.refusalOf(STUDENT, "G-1", dayBefore)).isEmpty();
		assertThat(RULES.refusalOf(STUDENT, "L-1", dayBefore)).contains(RefusalReason.GUARDIANS_DECIDE_UNDER_16);
		assertThat(RULES.refusalOf(STUDENT, "G-1", birthdayMorning)).contains(RefusalReason.STUDENT_DECIDES_FROM_16);
		assertThat(RULES.refusalOf(STUDENT, "L-1", birthdayMorning)).isEmpty();
	}

	@Test
	void theGuardiansDecisionStandsAfter16UntilTheStudentAnswers() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		ConsentDecision standing = decide(STUDENT, "2026-03-10T10:00:00Z");
		assertThat(standing.allowed()).isTrue();
		assertThat(standing.decidedBy()).isEqualTo(Decider.GUARDIAN);
		assertThat(standing.reason()).isEqualTo(ConsentReason.GUARDIANS_DECISION_STANDS);

		made("L-1", Decider.STUDENT, false, "2026-03-11T10:00:00Z");
		ConsentDecision own = decide(STUDENT, "2026-03-12T10:00:00Z");
		assertThat(own.allowed()).isFalse();
		assertThat(own.decidedBy()).isEqualTo(Decider.STUDENT);
		assertThat(own.reason()).isEqualTo(ConsentReason.REFUSED);
	}

	@Test
	void aBoardSettingLetsTheGuardiansDecisionLapseAt16() {
		ConsentRules lapsing = new ConsentRules(AMSTERDAM, true);
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		ConsentDecision before = lapsing.decide(STUDENT, "website", Medium.PHOTO, true, 1, this.decisions,
				Instant.parse("2026-03-09T10:00:00Z"));
		ConsentDecision after = lapsing.decide(STUDENT, "website", Medium.PHOTO, true, 1, this.decisions,
				Instant.parse("2026-03-10T10:00:00Z"));

		assertThat(before.allowed()).isTrue();
		assertThat(after.allowed()).isFalse();
		assertThat(after.reason()).isEqualTo(ConsentReason.STUDENT_DECIDES_NOW);
	}

	@Test
	void someoneBornOn29FebruaryTurns16On1MarchInAYearWithout29February() {
		assertThat(Subject.sixteenthBirthday(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Subject.sixteenthBirthday(LocalDate.of(2009, 2, 28))).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(Subject.sixteenthBirthday(LocalDate.of(2010, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Subject.sixteenthBirthday(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aStudentWithoutADateOfBirthIsAskedThroughTheirGuardians() {
		Subject unknownAge = new Subject("L-3", PersonKind.STUDENT, null, List.of("G-1"));

		assertThat(RULES.refusalOf(unknownAge, "G-1", Instant.parse("2026-01-01T10:00:00Z"))).isEmpty();
		assertThat(RULES.refusalOf(unknownAge, "L-3", Instant.parse("2026-01-01T10:00:00Z")))
			.contains(RefusalReason.GUARDIANS_DECIDE_UNDER_16);
	}

	@Test
	void aStrangerMayNotDecide() {
		assertThat(RULES.refusalOf(STUDENT, "G-9", Instant.parse("2025-09-01T10:00:00Z")))
			.contains(RefusalReason.NOT_ENTITLED);
		assertThat(RULES.refusalOf(EMPLOYEE, "M-2", Instant.parse("2025-09-01T10:00:00Z")))
			.contains(RefusalReason.NOT_ENTITLED);
	}

	@Test
	void anEmployeeDecidesForThemselvesAndMayWithdraw() {
		made(EMPLOYEE, "M-1", Decider.EMPLOYEE, true, "2025-09-01T10:00:00Z");
		made(EMPLOYEE, "M-1", Decider.EMPLOYEE, false, "2025-09-05T10:00:00Z");

		ConsentDecision before = RULES.decide(EMPLOYEE, "website", Medium.PHOTO, true, 1, this.decisions,
				Instant.parse("2025-09-02T10:00:00Z"));
		ConsentDecision after = RULES.decide(EMPLOYEE, "website", Medium.PHOTO, true, 1, this.decisions,
				Instant.parse("2025-09-05T10:00:00Z"));

		assertThat(before.allowed()).isTrue();
		assertThat(before.decidedBy()).isEqualTo(Decider.EMPLOYEE);
		assertThat(after.allowed()).isFalse();
		assertThat(after.reason()).isEqualTo(ConsentReason.REFUSED);
	}

	@Test
	void consentToAnEarlierTextOfThePurposeDoesNotCoverAChangedUse() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		ConsentDecision answer = RULES.decide(STUDENT, "website", Medium.PHOTO, true, 2, this.decisions,
				Instant.parse("2025-12-01T10:00:00Z"));

		assertThat(answer.allowed()).isFalse();
		assertThat(answer.reason()).isEqualTo(ConsentReason.NEW_CONSENT_NEEDED);
	}

	@Test
	void anInactivePurposeAllowsNothing() {
		made("G-1", Decider.GUARDIAN, true, "2025-09-01T10:00:00Z");

		ConsentDecision answer = RULES.decide(STUDENT, "website", Medium.PHOTO, false, 1, this.decisions,
				Instant.parse("2025-12-01T10:00:00Z"));

		assertThat(answer.allowed()).isFalse();
		assertThat(answer.reason()).isEqualTo(ConsentReason.PURPOSE_INACTIVE);
	}

	@Test
	void aDateOfBirthComparedWithSixteenYearsBeforeTodaySaysWhetherTheStudentDecidesAlsoOn29February() {
		// 3.1.6: what the dashboards' count compares in the database is the rule's own
		// sixteenth birthday, on every day of years with and without 29 February and of
		// 2100, which has none
		List<LocalDate> born = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2007, 12, 1); day.isBefore(LocalDate.of(2009, 4, 1)); day = day.plusDays(1)) {
			born.add(day);
		}
		born.addAll(List.of(LocalDate.of(2084, 2, 28), LocalDate.of(2084, 2, 29), LocalDate.of(2084, 3, 1)));
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2023, 12, 1); day.isBefore(LocalDate.of(2025, 4, 1)); day = day.plusDays(1)) {
			days.add(day);
		}
		for (LocalDate day = LocalDate.of(2100, 2, 25); day.isBefore(LocalDate.of(2100, 3, 4)); day = day.plusDays(1)) {
			days.add(day);
		}
		int deciding = 0;
		for (LocalDate day : days) {
			for (LocalDate birth : born) {
				boolean decides = !day.isBefore(Subject.sixteenthBirthday(birth));
				assertThat(!birth.isAfter(Subject.bornByToDecideOn(day))).as(birth + " on " + day).isEqualTo(decides);
				deciding += decides ? 1 : 0;
			}
		}
		assertThat(deciding).isPositive().isLessThan(days.size() * born.size());
	}

	private ConsentDecision decide(Subject subject, String at) {
		return RULES.decide(subject, "website", Medium.PHOTO, true, 1, this.decisions, Instant.parse(at));
	}

	private void made(String by, Decider decider, boolean granted, String at) {
		made(STUDENT, by, decider, granted, at);
	}

	private void made(Subject subject, String by, Decider decider, boolean granted, String at) {
		this.decisions.add(new RecordedDecision(this.decisions.size() + 1, subject.ref(), "website", Medium.PHOTO,
				granted, by, decider, DecisionMethod.PORTAL, by, Instant.parse(at), 1, null));
	}

}
