package nl.mediaprotocol.screening;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
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
		LiveHeap live = LiveHeap.watch();
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		NameDetector names = build(PEOPLE);
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
		long peak = live.stop();
		long heapAfter = ScreeningBenchmark.usedHeapAfterGc();
		ScreeningBenchmark.print("national board: people", PEOPLE, "");
		ScreeningBenchmark.print("national board: automaton nodes", names.indexSize(), "");
		ScreeningBenchmark.print("national board: build time", buildSeconds, "s");
		// on a shared machine the wall clock also counts the time others held the core;
		// the garbage collector's threads are not counted here
		ScreeningBenchmark.print("national board: build time, CPU of the building thread", cpuSeconds, "s");
		ScreeningBenchmark.print("national board: heap retained by the index", (heapAfter - heapBefore) / 1e6, "MB");
		ScreeningBenchmark.print("national board: peak live heap while building (after a GC)", peak / 1e6, "MB");
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

	/** The most heap in use after any garbage collection while it watches. */
	private static final class LiveHeap implements NotificationListener {

		private final AtomicLong peak = new AtomicLong();

		static LiveHeap watch() {
			LiveHeap heap = new LiveHeap();
			ManagementFactory.getGarbageCollectorMXBeans()
				.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(heap, null, null));
			return heap;
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
					.getGcInfo()
					.getMemoryUsageAfterGc()
					.values()
					.stream()
					.mapToLong(MemoryUsage::getUsed)
					.sum();
				this.peak.accumulateAndGet(used, Math::max);
			}
		}

		long stop() throws Exception {
			for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) gc).removeNotificationListener(this);
			}
			return this.peak.get();
		}

	}

}
