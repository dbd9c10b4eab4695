package nl.mediaprotocol.screening;

import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name index of a national board: 7,800,000 people (2,500,000 students, 5,000,000
 * guardians, 300,000 employees), handed to the index one at a time as {@code Screening}
 * streams them from the directory, so that no list of people is held. Prints the build
 * time, the heap the index keeps and the peak heap while building. Not part of
 * {@code ./mvnw verify}; run with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=ScreeningScaleBenchmark}: the benchmark
 * profile gives the JVM 1 GB of heap, so a run that ends proves the build fits in it.
 */
class ScreeningScaleBenchmark {

	static final int STUDENTS = 2_500_000;

	static final int GUARDIANS = 5_000_000;

	static final int EMPLOYEES = 300_000;

	static final int PEOPLE = STUDENTS + GUARDIANS + EMPLOYEES;

	private KnownPerson last;

	@Test
	void nationalBoard() throws Exception {
		// warm the builder up on a small board first, as the JIT would be in production
		for (int warmUp = 0; warmUp < 2; warmUp++) {
			build(200_000);
		}
		long heapBefore = ScreeningBenchmark.usedHeapAfterGc();
		ScreeningBenchmark.resetPeaks();
		long started = System.nanoTime();
		NameDetector names = build(PEOPLE);
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		long peak = ScreeningBenchmark.peakHeap();
		long heapAfter = ScreeningBenchmark.usedHeapAfterGc();
		ScreeningBenchmark.print("national board: people", PEOPLE, "");
		ScreeningBenchmark.print("national board: automaton nodes", names.indexSize(), "");
		ScreeningBenchmark.print("national board: build time", buildSeconds, "s");
		ScreeningBenchmark.print("national board: heap retained by the index", (heapAfter - heapBefore) / 1e6, "MB");
		ScreeningBenchmark.print("national board: peak heap while building", peak / 1e6, "MB");
		ScreeningBenchmark.print("national board: max heap of this JVM", Runtime.getRuntime().maxMemory() / 1e6, "MB");
		TextScreener screener = new TextScreener(names, ScreeningCorpusWriter.ORGANISATION,
				OrganisationIdentifiers.NONE, Lexicon.dutch(), TextScreener.DEFAULT_STUDENT_NUMBER);
		// the last person read is in the index by full name
		String name = this.last.firstName() + " " + this.last.fullLastName();
		assertThat(screener.screen(Post.of("Vandaag sprak " + name + " op de ouderavond.")).findings())
			.anySatisfy(finding -> assertThat(finding.text()).isEqualTo(name));
	}

	private NameDetector build(int people) {
		NameDetector.Builder names = NameDetector.builder();
		ScreeningBenchmark.forEachPerson(people, ScreeningScaleBenchmark::kindOf, person -> {
			names.person(person.kind(), person.firstName(), person.prefix(), person.lastName());
			this.last = person;
		});
		return names.build(ScreeningCorpusWriter.GROUPS, ScreeningCorpusWriter.ORGANISATION);
	}

	/** Students, guardians and employees in the national proportions, mixed. */
	private static Kind kindOf(int i) {
		int share = i % (PEOPLE / 100_000);
		return share < STUDENTS / 100_000 ? Kind.STUDENT
				: share < (STUDENTS + GUARDIANS) / 100_000 ? Kind.GUARDIAN : Kind.EMPLOYEE;
	}

}
