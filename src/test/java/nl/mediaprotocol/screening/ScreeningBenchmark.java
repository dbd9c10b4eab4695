package nl.mediaprotocol.screening;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import net.datafaker.Faker;
import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast screening is with a directory of a million people: the time and heap to build
 * the name index, text throughput per core, the 99th percentile for one post of about 1
 * KB (JMH), and the time per 12-megapixel photo. Not part of {@code ./mvnw verify}; run
 * with {@code ./mvnw -B test -Pbenchmark -Dtest=ScreeningBenchmark}. Runs in the test's
 * own JVM (no JMH fork) so that the million-person index is built once; few and short
 * iterations, as the machine is shared.
 */
public class ScreeningBenchmark {

	static final int PEOPLE = 1_000_000;

	static final int POST_SIZE = 1024;

	/** Built once, shared by the JMH runs in this JVM. */
	static volatile TextScreener screener;

	/**
	 * Posts per mix: "everyday" (school news, one sentence with personal data per post)
	 * and "dense" (the labelled corpus: personal data in nearly every sentence).
	 */
	static final java.util.Map<String, List<String>> posts = new java.util.concurrent.ConcurrentHashMap<>();

	@Test
	void measure() throws Exception {
		List<KnownPerson> people = people(PEOPLE);
		OrganisationIdentifiers board;
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(ScreeningAccuracyTests.BOARD_IDENTIFIERS)) {
			board = OrganisationIdentifiers.load(in);
		}
		PeopleSnapshot snapshot = new PeopleSnapshot(people, ScreeningCorpusWriter.GROUPS,
				ScreeningCorpusWriter.ORGANISATION, board);
		Lexicon lexicon = Lexicon.dutch();
		for (int warmUp = 0; warmUp < 2; warmUp++) {
			new TextScreener(new PeopleSnapshot(people.subList(0, 100_000), List.of(), List.of()), lexicon,
					TextScreener.DEFAULT_STUDENT_NUMBER);
		}
		long heapBefore = usedHeapAfterGc();
		resetPeaks();
		long started = System.nanoTime();
		TextScreener built = new TextScreener(snapshot, lexicon, TextScreener.DEFAULT_STUDENT_NUMBER);
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		long peak = peakHeap();
		long heapAfter = usedHeapAfterGc();
		print("name index: people", PEOPLE, "");
		print("name index: automaton nodes", built.nameIndexSize(), "");
		print("name index: build time", buildSeconds, "s");
		print("name index: heap retained", (heapAfter - heapBefore) / 1e6, "MB");
		print("name index: peak heap while building (snapshot included)", peak / 1e6, "MB");
		screener = built;
		posts.put("everyday", posts(people, true));
		posts.put("dense", posts(people, false));

		for (String mix : List.of("everyday", "dense")) {
			List<String> mixed = posts.get(mix);
			double bytesPerPost = mixed.stream().mapToLong(post -> post.getBytes(StandardCharsets.UTF_8).length).sum()
					/ (double) mixed.size();
			RunResult throughput = run("screenPosts", Mode.Throughput, mix);
			double postsPerSecond = throughput.getPrimaryResult().getScore() * mixed.size();
			print("text (" + mix + "): throughput, 1 thread", postsPerSecond * bytesPerPost / 1e6, "MB/s");
			RunResult sample = run("screenOnePost", Mode.SampleTime, mix);
			var statistics = sample.getPrimaryResult().getStatistics();
			print("text (" + mix + "): one ~1 KB post, p50", statistics.getPercentile(50) / 1000.0, "ms");
			print("text (" + mix + "): one ~1 KB post, p99", statistics.getPercentile(99) / 1000.0, "ms");
			print("text (" + mix + "): one ~1 KB post, p99.9", statistics.getPercentile(99.9) / 1000.0, "ms");
			print("text (" + mix + "): throughput per CPU second of the thread",
					perCpuSecond(built, mixed, bytesPerPost), "MB/s");
		}

		photos();
		assertThat(built.screen(Post.of(posts.get("dense").get(0))).findings()).isNotEmpty();
	}

	/**
	 * MB screened per second of CPU time the screening thread got: on a shared machine
	 * the wall clock also counts the time other processes held the core.
	 */
	private static double perCpuSecond(TextScreener screener, List<String> posts, double bytesPerPost) {
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStarted = threads.getCurrentThreadCpuTime();
		long wallStarted = System.nanoTime();
		long screened = 0;
		while (System.nanoTime() - wallStarted < 5_000_000_000L) {
			for (String post : posts) {
				screener.screen(Post.of(post));
				screened++;
			}
		}
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
		return screened * bytesPerPost / cpuSeconds / 1e6;
	}

	private static RunResult run(String method, Mode mode, String mix) throws RunnerException {
		Options options = new OptionsBuilder().include(ScreeningBenchmark.class.getName() + "\\." + method + "$")
			.param("mix", mix)
			.forks(0)
			.threads(1)
			.mode(mode)
			.timeUnit(mode == Mode.SampleTime ? TimeUnit.MICROSECONDS : TimeUnit.SECONDS)
			.warmupIterations(2)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(3))
			.shouldFailOnError(true)
			.build();
		return new Runner(options).runSingle();
	}

	/** The JMH state: the screener and the posts built above. */
	@State(Scope.Benchmark)
	public static class Posts {

		@Param({ "everyday", "dense" })
		public String mix;

		TextScreener screener;

		List<String> posts;

		int next;

		@Setup
		public void setUp() {
			this.screener = ScreeningBenchmark.screener;
			this.posts = ScreeningBenchmark.posts.get(this.mix);
		}

	}

	/** All posts once: one operation is {@code posts.size()} posts. */
	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	public int screenPosts(Posts state) {
		int findings = 0;
		for (String post : state.posts) {
			findings += state.screener.screen(Post.of(post)).findings().size();
		}
		return findings;
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public ScreeningResult screenOnePost(Posts state) {
		String post = state.posts.get(state.next++ % state.posts.size());
		return state.screener.screen(Post.of(post));
	}

	private void photos() {
		FaceDetector faces = FaceDetector.load();
		PhotoScreener photos = new PhotoScreener(50_000_000L, () -> faces);
		byte[] photo = Photos.withExif(Photos.grainyJpeg(4000, 3000), "Juf Sanne", new int[] { 51, 26, 30 },
				new int[] { 5, 28, 40 }, 1);
		print("photo: 4000 x 3000 JPEG size", photo.length / 1e6, "MB");
		for (int i = 0; i < 2; i++) {
			photos.screen(photo);
			photos.withoutMetadata(photo);
		}
		int runs = 5;
		long started = System.nanoTime();
		PhotoResult result = null;
		for (int i = 0; i < runs; i++) {
			result = photos.screen(photo);
		}
		print("photo: screen 12 MP (metadata, decode, faces)", (System.nanoTime() - started) / 1e6 / runs, "ms");
		started = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			photos.withoutMetadata(photo);
		}
		print("photo: strip metadata 12 MP (decode, re-encode)", (System.nanoTime() - started) / 1e6 / runs, "ms");
		assertThat(result.findings()).extracting(PhotoFinding::type).contains(FindingType.GPS_POSITION);
	}

	/** A million people from Datafaker's Dutch names, combined with a fixed seed. */
	static List<KnownPerson> people(int count) {
		List<KnownPerson> people = new ArrayList<>(count);
		forEachPerson(count, i -> i % 10 < 6 ? Kind.STUDENT : i % 10 < 9 ? Kind.GUARDIAN : Kind.EMPLOYEE, people::add);
		return people;
	}

	/**
	 * People made one at a time from 4,000 of Datafaker's Dutch first names and 20,000
	 * last names, a quarter with a "tussenvoegsel", combined with a fixed seed: the
	 * {@code i}th person is the same whatever the count.
	 */
	static void forEachPerson(int count, IntFunction<Kind> kinds, Consumer<KnownPerson> each) {
		Faker faker = new Faker(Locale.of("nl"), new Random(7));
		Set<String> firstNames = new HashSet<>();
		Set<String> lastNames = new HashSet<>();
		while (firstNames.size() < 4000) {
			firstNames.add(faker.name().firstName());
		}
		while (lastNames.size() < 20000) {
			lastNames.add(faker.name().lastName());
		}
		List<String> firsts = List.copyOf(firstNames);
		List<String> lasts = List.copyOf(lastNames);
		List<String> prefixes = List.of("de", "van", "van der", "van den", "ter", "van 't", "den");
		Random random = new Random(11);
		for (int i = 0; i < count; i++) {
			each.accept(new KnownPerson("P-" + i, kinds.apply(i), firsts.get(random.nextInt(firsts.size())),
					random.nextInt(4) == 0 ? prefixes.get(random.nextInt(prefixes.size())) : null,
					lasts.get(random.nextInt(lasts.size()))));
		}
	}

	/**
	 * Posts of 1 KB, each opening with a name from the big directory. Everyday posts are
	 * school news with one labelled corpus post in them; dense posts are labelled corpus
	 * posts only.
	 */
	static List<String> posts(List<KnownPerson> people, boolean everyday) throws IOException {
		List<String> labelled = Files.readAllLines(ScreeningCorpusWriter.CORPUS, StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.startsWith("#"))
			.map(line -> line.split("\t")[1])
			.toList();
		List<String> news = Files.readAllLines(java.nio.file.Path.of("src/test/resources/screening/posts-clean-nl.txt"),
				StandardCharsets.UTF_8);
		Random random = new Random(3);
		List<String> posts = new ArrayList<>();
		for (int p = 0; p < 200; p++) {
			StringBuilder post = new StringBuilder();
			KnownPerson someone = people.get(random.nextInt(people.size()));
			post.append(someone.firstName()).append(' ').append(someone.fullLastName()).append(" schreef: ");
			post.append(labelled.get(random.nextInt(labelled.size()))).append(' ');
			while (post.length() < POST_SIZE) {
				List<String> source = everyday ? news : labelled;
				post.append(source.get(random.nextInt(source.size()))).append(' ');
			}
			posts.add(post.substring(0, POST_SIZE));
		}
		return posts;
	}

	static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

	static void print(String what, double value, String unit) {
		System.out.printf(Locale.ROOT, "ScreeningBenchmark | %-55s | %12.3f %s%n", what, value, unit);
	}

}
