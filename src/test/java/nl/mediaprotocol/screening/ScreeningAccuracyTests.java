package nl.mediaprotocol.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall per finding type over the labelled corpus in
 * {@code src/test/resources/screening} (written by {@link ScreeningCorpusWriter}). A
 * finding counts as found when it has the label's type and overlaps its span; the table
 * also says how many spans matched exactly.
 */
class ScreeningAccuracyTests {

	static final Set<FindingType> FORMATS = Set.of(FindingType.PHONE_NUMBER, FindingType.EMAIL, FindingType.PROFILE_URL,
			FindingType.IBAN, FindingType.BSN, FindingType.STUDENT_NUMBER, FindingType.ADDRESS,
			FindingType.DATE_OF_BIRTH, FindingType.LICENCE_PLATE);

	static final Map<FindingType, Score> scores = new EnumMap<>(FindingType.class);

	static int posts;

	record Label(FindingType type, int start, int end) {

		boolean matches(Finding finding) {
			boolean wholePost = this.type == FindingType.MISSING_ROLE_DISCLOSURE
					|| this.type == FindingType.MISSING_DISCLAIMER;
			return finding.type() == this.type
					&& (wholePost || (finding.start() < this.end && this.start < finding.end()));
		}

	}

	static final class Score {

		int truePositives;

		int falsePositives;

		int falseNegatives;

		int exact;

		final List<String> misses = new ArrayList<>();

		double precision() {
			return this.truePositives + this.falsePositives == 0 ? 1.0
					: (double) this.truePositives / (this.truePositives + this.falsePositives);
		}

		double recall() {
			return this.truePositives + this.falseNegatives == 0 ? 1.0
					: (double) this.truePositives / (this.truePositives + this.falseNegatives);
		}

	}

	@BeforeAll
	static void measure() throws IOException {
		List<KnownPerson> people = new ArrayList<>();
		List<String> directory = Files.readAllLines(ScreeningCorpusWriter.DIRECTORY, StandardCharsets.UTF_8);
		for (String line : directory.subList(1, directory.size())) {
			String[] cells = line.split(";", -1);
			people.add(new KnownPerson(cells[1], Kind.valueOf(cells[0]), cells[2], cells[3].isEmpty() ? null : cells[3],
					cells[4]));
		}
		List<String> places = new ArrayList<>(ScreeningCorpusWriter.GROUPS);
		places.addAll(ScreeningCorpusWriter.UNITS);
		TextScreener screener = new TextScreener(
				new PeopleSnapshot(people, places, ScreeningCorpusWriter.ORGANISATION));
		for (FindingType type : FindingType.values()) {
			scores.put(type, new Score());
		}
		for (String line : Files.readAllLines(ScreeningCorpusWriter.CORPUS, StandardCharsets.UTF_8)) {
			if (line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			String text = cells[1];
			List<Label> labels = new ArrayList<>();
			for (String label : cells[2].split(" ")) {
				if (!label.isBlank()) {
					String[] parts = label.split("[:-]");
					labels.add(new Label(FindingType.valueOf(parts[0]), Integer.parseInt(parts[1]),
							Integer.parseInt(parts[2])));
				}
			}
			posts++;
			List<Finding> found = screener.screen(new Post(text, Boolean.parseBoolean(cells[0]), null)).findings();
			for (Label label : labels) {
				Score score = scores.get(label.type());
				Finding match = found.stream().filter(label::matches).findFirst().orElse(null);
				if (match == null) {
					score.falseNegatives++;
					score.misses.add("missed " + text.substring(label.start(), label.end()) + "  in: " + text);
				}
				else {
					score.truePositives++;
					if (match.start() == label.start() && match.end() == label.end()) {
						score.exact++;
					}
				}
			}
			for (Finding finding : found) {
				boolean labelled = labels.stream().anyMatch(label -> label.matches(finding));
				if (!labelled) {
					Score score = scores.get(finding.type());
					score.falsePositives++;
					score.misses.add("wrongly found " + finding.text() + "  in: " + text);
				}
			}
		}
		print();
	}

	static void print() {
		StringBuilder table = new StringBuilder();
		table.append(String.format("%nScreening accuracy over %d posts%n", posts));
		table.append(String.format("%-24s %6s %6s %6s %9s %7s %6s%n", "type", "TP", "FP", "FN", "precision", "recall",
				"exact"));
		scores.forEach((type, score) -> {
			if (score.truePositives + score.falsePositives + score.falseNegatives > 0) {
				table.append(String.format("%-24s %6d %6d %6d %9.3f %7.3f %6d%n", type, score.truePositives,
						score.falsePositives, score.falseNegatives, score.precision(), score.recall(), score.exact));
			}
		});
		scores.values()
			.forEach(score -> score.misses.stream()
				.limit(5)
				.forEach(miss -> table.append("  ").append(miss).append('\n')));
		System.out.println(table);
	}

	@Test
	void checksumAndFormatTypesReachRecall98AndPrecision95() {
		for (FindingType type : FORMATS) {
			Score score = scores.get(type);
			assertThat(score.truePositives).as("%s is in the corpus", type).isPositive();
			assertThat(score.recall()).as("recall of %s", type).isGreaterThanOrEqualTo(0.98);
			assertThat(score.precision()).as("precision of %s", type).isGreaterThanOrEqualTo(0.95);
		}
	}

	@Test
	void registeredNamesReachRecall95AndPrecision90() {
		Score names = scores.get(FindingType.PERSON_NAME);
		assertThat(names.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(names.precision()).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void harmfulContentReachesRecall90() {
		assertThat(scores.get(FindingType.HARMFUL_CONTENT).recall()).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void missingDisclosuresAreFound() {
		assertThat(scores.get(FindingType.MISSING_ROLE_DISCLOSURE).recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(scores.get(FindingType.MISSING_DISCLAIMER).recall()).isGreaterThanOrEqualTo(0.95);
	}

}
