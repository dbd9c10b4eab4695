package nl.mediaprotocol.consent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.mediaprotocol.directory.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register answers from the decisions that still count ({@link Decisions#standing}),
 * not from a person's whole history, which only grows. These tests prove that both give
 * the same answer, by the rules of {@link ConsentRules}, for long random histories: two
 * guardians and the student deciding, a changed text, decisions recorded later with an
 * earlier date (paper forms), and moments in the past. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StandingDecisionsIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

	static final List<String> GUARDIANS = List.of("V-1", "V-2", "V-3");

	@Autowired
	Decisions decisions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void twoTextsOfTheWebsitePurpose() {
		this.jdbc.sql("delete from consent_standing_decisions where subject_ref like 'S-STANDING-%'").update();
		this.jdbc.sql("delete from consent_decisions where subject_ref like 'S-STANDING-%'").update();
		int versions = this.jdbc.sql("select count(*) from consent_purpose_texts where purpose_code = 'website'")
			.query(Integer.class)
			.single();
		for (int version = versions + 1; version <= 2; version++) {
			this.jdbc.sql("""
					insert into consent_purpose_texts (purpose_code, version, text_nl, effective_from)
					values ('website', :version, 'Foto''s op de website, tekst ' || :version, :from)""")
				.param("version", version)
				.param("from", START.atOffset(java.time.ZoneOffset.UTC))
				.update();
		}
	}

	@Test
	void theDecisionsThatStillCountGiveTheSameAnswersAsTheWholeHistory() {
		Random random = new Random(20261127L);
		ConsentRules standing = new ConsentRules(ZONE, false);
		ConsentRules lapsing = new ConsentRules(ZONE, true);
		for (int person = 0; person < 12; person++) {
			String ref = "S-STANDING-" + person;
			List<RecordedDecision> history = new ArrayList<>();
			int count = 20 + random.nextInt(180);
			for (int i = 0; i < count; i++) {
				history.add(record(random, ref));
			}
			List<Instant> moments = List.of(START.plus(Duration.ofDays(400)), START.plus(Duration.ofDays(3)),
					START.plus(Duration.ofDays(random.nextInt(60))), START.minus(Duration.ofDays(1)));
			for (Instant at : moments) {
				for (Subject subject : subjects(ref)) {
					for (Medium medium : Medium.values()) {
						List<RecordedDecision> all = this.decisions.about(ref, "website", medium);
						List<RecordedDecision> kept = this.decisions.standing(ref, "website", medium, at);
						List<RecordedDecision> keptForAll = this.decisions.standing(List.of(ref), at)
							.stream()
							.filter(decision -> decision.medium() == medium)
							.toList();
						assertThat(kept).isEqualTo(keptForAll);
						for (int textInForce = 1; textInForce <= 2; textInForce++) {
							for (ConsentRules rules : List.of(standing, lapsing)) {
								assertThat(rules.decide(subject, "website", medium, true, textInForce, kept, at))
									.as("%s, %s, text %d, at %s", ref, medium, textInForce, at)
									.isEqualTo(rules.decide(subject, "website", medium, true, textInForce, all, at));
							}
						}
					}
				}
			}
			assertThat(this.decisions.standing(List.of(ref), moments.get(0)).size()).isLessThan(history.size());
		}
	}

	@Test
	void aPersonsNewestDecisionsAndTheirCountComeWithoutTheRest() {
		Random random = new Random(7L);
		String ref = "S-STANDING-NEWEST";
		for (int i = 0; i < 40; i++) {
			record(random, ref);
		}
		List<RecordedDecision> all = this.decisions.about(List.of(ref));
		assertThat(this.decisions.count(ref)).isEqualTo(40);
		assertThat(this.decisions.newest(ref, 10)).isEqualTo(all.reversed().subList(0, 10));
		assertThat(this.decisions.newest(ref, Integer.MAX_VALUE)).isEqualTo(all.reversed());
	}

	/**
	 * A random decision by a guardian or the student on either text, on a random day of
	 * the first two months; a third of them dated before the one recorded before it.
	 */
	private RecordedDecision record(Random random, String ref) {
		boolean student = random.nextInt(4) == 0;
		String by = student ? ref : GUARDIANS.get(random.nextInt(GUARDIANS.size()));
		Instant at = START.plus(Duration.ofHours(random.nextInt(24 * 60)));
		if (random.nextInt(10) == 0) {
			// two decisions at the same moment: the later recorded one counts
			at = START.plus(Duration.ofDays(10));
		}
		RecordedDecision decision = new RecordedDecision(0, ref, "website",
				Medium.values()[random.nextInt(Medium.values().length)], random.nextBoolean(), by,
				student ? Decider.STUDENT : Decider.GUARDIAN, DecisionMethod.values()[random.nextInt(2)], "test", at,
				1 + random.nextInt(2), null);
		long id = this.decisions.add(decision);
		return new RecordedDecision(id, decision.subjectRef(), decision.purpose(), decision.medium(),
				decision.granted(), decision.decidedByRef(), decision.decidedBy(), decision.method(),
				decision.recordedBy(), decision.decidedAt(), decision.textVersion(), decision.scanId());
	}

	/**
	 * The same student under 16 and from 16, with the first two guardians (the third
	 * decided too, but is no guardian any more).
	 */
	private static List<Subject> subjects(String ref) {
		List<String> guardians = GUARDIANS.subList(0, 2);
		return List.of(new Subject(ref, PersonKind.STUDENT, LocalDate.of(2015, 3, 1), guardians),
				new Subject(ref, PersonKind.STUDENT, LocalDate.of(2009, 3, 1), guardians),
				new Subject(ref, PersonKind.STUDENT, LocalDate.of(2010, 1, 20), guardians));
	}

}
