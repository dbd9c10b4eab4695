package nl.mediaprotocol.consent;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.mediaprotocol.MediaprotocolApplication;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.SchoolYear;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the consent register answers on a board-sized PostgreSQL: 2,500,000 students
 * in groups of 30, their 3,750,000 guardians and 10,000,000 consent decisions. Measures
 * one question ({@link ConsentRegister#decision}) and a whole group's answers
 * ({@link Directory#studentsOfGroup} then {@link ConsentRegister#decisions}) through the
 * application's own beans. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -B test -Pbenchmark}. Prints its figures; asserts only sanity.
 */
class ConsentRegisterBenchmark {

	/** Fewer for a quick try: {@code -Dconsent.benchmark.students=30000}. */
	static final int STUDENTS = Integer.getInteger("consent.benchmark.students", 2_500_000);

	static final int GROUP_SIZE = 30;

	static final int GROUPS = (STUDENTS + GROUP_SIZE - 1) / GROUP_SIZE;

	static final int SCHOOLS = 40;

	static final int LOCATIONS_PER_SCHOOL = 2;

	/** First guardian of student s has id GUARDIANS_A + s; every even s has a second. */
	static final long GUARDIANS_A = STUDENTS;

	static final long GUARDIANS_B = 2L * STUDENTS;

	/** 9,000,000 for 2,500,000 students. */
	static final int FIRST_DECISIONS = STUDENTS / 5 * 18;

	/** Every 9th first decision is followed by a later no: 1,000,000 withdrawals. */
	static final int WITHDRAWAL_EVERY = 9;

	static final int ONE_WARM_UP = 2_000;

	static final int ONE_QUERIES = 20_000;

	static final int GROUP_WARM_UP = 200;

	static final int GROUP_QUERIES = 2_000;

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext context;

	static long started;

	@BeforeAll
	static void start() throws IOException {
		started = System.nanoTime();
		postgres = EmbeddedPostgres.builder()
			.setServerConfig("shared_buffers", "1GB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off")
			.start();
		// the application first, on the empty database: Flyway creates the schema and the
		// register loads its default purposes. A servlet context on a free port: the
		// security configuration needs one.
		context = new SpringApplicationBuilder(MediaprotocolApplication.class).web(WebApplicationType.SERVLET)
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
					"--mediaprotocol.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off",
					"--logging.level.root=WARN");
	}

	@AfterAll
	static void stop() throws IOException {
		if (context != null) {
			context.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void consentRegister() throws SQLException {
		DataSource dataSource = postgres.getPostgresDatabase();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		print("PostgreSQL", jdbc.queryForObject("show server_version", String.class));

		long loadStarted = System.nanoTime();
		List<String> purposes = jdbc.queryForList("select code from consent_purposes order by position", String.class);
		assertThat(purposes).hasSize(10);
		load(dataSource, purposes);
		print("load (insert, indexes, vacuum analyze)", seconds(loadStarted), "s");
		sizes(jdbc);
		plans(jdbc, purposes);

		ConsentRegister register = context.getBean(ConsentRegister.class);
		Directory directory = context.getBean(Directory.class);
		one(register, purposes);
		groups(register, directory);
		print("total wall time", seconds(started), "s");
	}

	// --- the data ---------------------------------------------------------------------

	private static void load(DataSource dataSource, List<String> purposes) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			connection.setAutoCommit(true);
			assertThat(count(sql, "select count(*) from people")).isZero();
			assertThat(count(sql, "select count(*) from consent_decisions")).isZero();
			// consistent by construction: no foreign key checks row by row during the
			// load
			sql.execute("set session_replication_role = replica");
			sql.execute("set maintenance_work_mem = '512MB'");
			// secondary indexes are built once, after the load, as the migrations define
			// them
			List<String> indexes = new ArrayList<>();
			try (var rs = sql.executeQuery("""
					select indexname, indexdef from pg_indexes
					where schemaname = 'public'
					  and tablename in ('people', 'guardianships', 'consent_decisions')
					  and indexname not in (select conname from pg_constraint)
					""")) {
				while (rs.next()) {
					indexes.add(rs.getString(2));
					print("index rebuilt after load", rs.getString(1));
				}
			}
			for (String index : indexes) {
				sql.execute("drop index " + index.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
			}

			long step = System.nanoTime();
			String schoolYear = SchoolYear.containing(LocalDate.now(ZoneId.of("Europe/Amsterdam"))).toString();
			sql.execute(
					"insert into units (id, code, name, kind, parent_id) values (1, 'BENCH', 'Bestuur', 'BOARD', null)");
			sql.execute("insert into units (id, code, name, kind, parent_id)"
					+ " select 1 + n, 'S' || n, 'School ' || n, 'SCHOOL', 1 from generate_series(1, " + SCHOOLS
					+ ") n");
			sql.execute("insert into units (id, code, name, kind, parent_id)" + " select 1 + " + SCHOOLS
					+ " + n, 'S' || ((n - 1) / " + LOCATIONS_PER_SCHOOL + " + 1) || '-L' || n,"
					+ " 'Locatie ' || n, 'LOCATION', 1 + ((n - 1) / " + LOCATIONS_PER_SCHOOL + " + 1)"
					+ " from generate_series(1, " + SCHOOLS * LOCATIONS_PER_SCHOOL + ") n");
			sql.execute("insert into class_groups (id, code, name, school_year, unit_id)"
					+ " select g, 'G' || g, 'Groep ' || g, '" + schoolYear + "', " + (SCHOOLS + 2) + " + g % "
					+ SCHOOLS * LOCATIONS_PER_SCHOOL + " from generate_series(1, " + GROUPS + ") g");
			// a group is one age, 4 to 17; the 16- and 17-year-olds decide for themselves
			sql.execute("""
					insert into people (id, ref, kind, first_name, last_name_prefix, last_name, date_of_birth,
					    unit_id, group_id)
					select s, 'L' || lpad(s::text, 7, '0'), 'STUDENT',
					    (array['Emma','Noah','Julia','Liam','Mila','Lucas','Tess','Finn','Sophie','Sem',
					           'Zoë','Daan','Sara','Levi','Nora','Milan','Evi','Luuk','Anna','Bram'])[s %% 20 + 1],
					    (array[null,null,'van','de','van der',null])[s %% 6 + 1],
					    (array['Jansen','Bakker','Visser','Smit','Meijer','Mulder','Bos','Vos','Peters','Hendriks',
					           'Dekker','Brouwer','Dijkstra','Koster','Prins','Huisman','Kok','Jacobs','Vermeulen',
					           'Willems','Boer','Hoekstra','Kuipers','Veenstra','Post','Peeters','Schouten','Sanders',
					           'Kramer','Linden'])[(s / 7) %% 30 + 1],
					    current_date - ((4 + g %% 14) * 365 + (s * 37) %% 365), %d + g %% %d, g
					from (select s, (s - 1) / %d + 1 as g from generate_series(1, %d) s) numbered
					""".formatted(SCHOOLS + 2, SCHOOLS * LOCATIONS_PER_SCHOOL, GROUP_SIZE, STUDENTS));
			print("load: units, groups, students", seconds(step), "s");

			step = System.nanoTime();
			// guardian g belongs to student g - A (all students) or 2 * (g - B) (even
			// students)
			sql.execute("""
					insert into people (id, ref, kind, first_name, last_name_prefix, last_name, email, phone)
					select g, 'O' || lpad(g::text, 8, '0'), 'GUARDIAN',
					    (array['Anne','Peter','Marieke','Jeroen','Fatima','Mohamed','Linda','Erik','Ingrid','Ahmed',
					           'Sanne','Bas','Kim','Mark','Femke','Rob','Esther','Joost','Ilse','Hans'])[g %% 20 + 1],
					    null,
					    (array['Jansen','Bakker','Visser','Smit','Meijer','Mulder','Bos','Vos','Peters','Hendriks',
					           'Dekker','Brouwer','Dijkstra','Koster','Prins','Huisman','Kok','Jacobs','Vermeulen',
					           'Willems','Boer','Hoekstra','Kuipers','Veenstra','Post','Peeters','Schouten','Sanders',
					           'Kramer','Linden'])[(g / 7) %% 30 + 1],
					    'ouder' || g || '@example.org', '06' || lpad((g %% 100000000)::text, 8, '0')
					from generate_series(%d, %d) g
					""".formatted(GUARDIANS_A + 1, GUARDIANS_B + STUDENTS / 2));
			sql.execute("insert into guardianships (guardian_id, student_id)" + " select " + GUARDIANS_A
					+ " + s, s from generate_series(1, " + STUDENTS + ") s" + " union all select " + GUARDIANS_B
					+ " + s / 2, s from generate_series(2, " + STUDENTS + ", 2) s");
			print("load: guardians, guardianships", seconds(step), "s");

			step = System.nanoTime();
			// the texts were in force long before the decisions
			sql.execute("update consent_purpose_texts set effective_from = now() - interval '5 years'");
			// Decision n is about student s = 1 + n % STUDENTS, in round r = n /
			// STUDENTS, for
			// one of the 30 purpose x medium pairs (a different pair each round).
			// Students of 17
			// mostly decide themselves, within the last 300 days; otherwise a guardian
			// decided,
			// within the last 30 to 1,030 days. 85% yes; one in ten on paper.
			String purposeArray = purposes.stream()
				.map(code -> "'" + code + "'")
				.collect(Collectors.joining(",", "array[", "]"));
			sql.execute("""
					insert into consent_decisions (id, subject_ref, purpose_code, medium, granted, decided_by_ref,
					    decided_by, method, recorded_by, decided_at, text_version, scan_id)
					select n + 1, 'L' || lpad(s::text, 7, '0'), (%s)[c %% 10 + 1],
					    (array['PHOTO','VIDEO','AUDIO'])[c / 10 + 1], (n * 2654435761) %% 100 < 85,
					    case when self then 'L' || lpad(s::text, 7, '0')
					         when s %% 2 = 0 and r %% 2 = 1 then 'O' || lpad((%d + s / 2)::text, 8, '0')
					         else 'O' || lpad((%d + s)::text, 8, '0') end,
					    case when self then 'STUDENT' else 'GUARDIAN' end,
					    case when n %% 10 = 0 then 'PAPER' else 'PORTAL' end,
					    case when n %% 10 = 0 then 'administratie' else 'portaal' end,
					    now() - case when self then make_interval(days => ((n * 7919) %% 300)::int)
					                 else make_interval(days => (30 + (n * 7919) %% 1000)::int) end
					          - make_interval(secs => (n * 104729) %% 86400),
					    1, null
					from (select n, s, r, (s * 7 + r * 11) %% 30 as c,
					             4 + ((s - 1) / %d + 1) %% 14 = 17 and (s + r) %% 3 <> 0 as self
					      from (select n, 1 + n %% %d as s, n / %d as r
					            from generate_series(0::bigint, %d) n) numbered) decisions
					""".formatted(purposeArray, GUARDIANS_B, GUARDIANS_A, GROUP_SIZE, STUDENTS, STUDENTS,
					FIRST_DECISIONS - 1));
			print("load: first decisions", seconds(step), "s");
			step = System.nanoTime();
			sql.execute("""
					insert into consent_decisions (id, subject_ref, purpose_code, medium, granted, decided_by_ref,
					    decided_by, method, recorded_by, decided_at, text_version, scan_id)
					select %d + id / %d, subject_ref, purpose_code, medium, false, decided_by_ref, decided_by,
					    'PORTAL', 'portaal', decided_at + (now() - decided_at) * (0.2 + (id %% 7) / 10.0),
					    text_version, null
					from consent_decisions where id %% %d = 0
					""".formatted(FIRST_DECISIONS, WITHDRAWAL_EVERY, WITHDRAWAL_EVERY));
			for (String table : List.of("units", "class_groups", "people", "consent_decisions")) {
				sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			print("load: withdrawals", seconds(step), "s");
			step = System.nanoTime();
			// each decider's latest per text, kept apart as migration 27 does for what
			// was there
			sql.execute("""
					insert into consent_standing_decisions (subject_ref, purpose_code, medium, text_version,
					    decided_by_ref, decided_by, decision_id)
					select distinct on (subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by)
					    subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by, id
					from consent_decisions
					order by subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by,
					    decided_at desc, id desc
					""");
			print("load: standing decisions", seconds(step), "s");

			step = System.nanoTime();
			sql.execute("set session_replication_role = origin");
			for (String index : indexes) {
				sql.execute(index);
			}
			print("load: indexes", seconds(step), "s");
			step = System.nanoTime();
			sql.execute("vacuum analyze");
			print("load: vacuum analyze", seconds(step), "s");
		}
	}

	private static void sizes(JdbcTemplate jdbc) {
		for (String table : List.of("units", "class_groups", "people", "guardianships", "consent_decisions")) {
			long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
			String size = jdbc.queryForObject("select pg_size_pretty(pg_table_size('" + table + "')) || ' + indexes '"
					+ " || pg_size_pretty(pg_indexes_size('" + table + "'))", String.class);
			print(String.format(Locale.ROOT, "table %-17s %,12d rows", table, rows), size);
		}
		print("database size",
				jdbc.queryForObject("select pg_size_pretty(pg_database_size('postgres'))", String.class));
		assertThat(jdbc.queryForObject("select count(*) from consent_decisions", Long.class))
			.isEqualTo(FIRST_DECISIONS + FIRST_DECISIONS / WITHDRAWAL_EVERY);
	}

	/** How PostgreSQL runs the queries behind one answer and a group's answers. */
	private static void plans(JdbcTemplate jdbc, List<String> purposes) {
		String ref = "'L" + String.format(Locale.ROOT, "%07d", STUDENTS / 3) + "'";
		explain(jdbc, "one: person", """
				select p.id, p.ref, p.kind, p.first_name, p.last_name_prefix, p.last_name, p.date_of_birth,
				       coalesce(u.code, gu.code) as unit_code, p.group_id, p.email
				from people p
				left join units u on u.id = p.unit_id
				left join class_groups g on g.id = p.group_id
				left join units gu on gu.id = g.unit_id
				where p.ref in (%s) order by lower(p.last_name), lower(p.first_name), p.id
				""".formatted(ref));
		long id = STUDENTS / 3;
		explain(jdbc, "one: guardianships", """
				select g.student_id, g.guardian_id, gp.ref as guardian_ref, sp.ref as student_ref
				from guardianships g
				join people gp on gp.id = g.guardian_id
				join people sp on sp.id = g.student_id
				where g.student_id in (%d) or g.guardian_id in (%d)
				order by gp.ref, sp.ref
				""".formatted(id, id));
		explain(jdbc, "one: decisions", "select * from consent_decisions where subject_ref = " + ref
				+ " and purpose_code = '" + purposes.get(0) + "' and medium = 'PHOTO' order by decided_at, id");
		String groupRefs = java.util.stream.IntStream.rangeClosed(1, GROUP_SIZE)
			.mapToObj(i -> "'L" + String.format(Locale.ROOT, "%07d", STUDENTS / 3 + i) + "'")
			.collect(Collectors.joining(","));
		explain(jdbc, "group: decisions",
				"select * from consent_decisions where subject_ref in (" + groupRefs + ") order by decided_at, id");
	}

	private static void explain(JdbcTemplate jdbc, String what, String query) {
		for (String line : jdbc.queryForList("explain (analyze, buffers) " + query, String.class)) {
			print("plan " + what, line);
		}
	}

	// --- the measurements -------------------------------------------------------------

	private static void one(ConsentRegister register, List<String> purposes) {
		SplittableRandom random = new SplittableRandom(16);
		Map<ConsentReason, Integer> reasons = new EnumMap<>(ConsentReason.class);
		long[] times = new long[ONE_QUERIES];
		for (int i = 0; i < ONE_WARM_UP + ONE_QUERIES; i++) {
			String ref = studentRef(1 + random.nextInt(STUDENTS));
			String purpose = purposes.get(random.nextInt(purposes.size()));
			Medium medium = Medium.values()[random.nextInt(Medium.values().length)];
			Instant at = at(random);
			long before = System.nanoTime();
			ConsentDecision answer = register.decision(ref, purpose, medium, at);
			long took = System.nanoTime() - before;
			if (i >= ONE_WARM_UP) {
				times[i - ONE_WARM_UP] = took;
				reasons.merge(answer.reason(), 1, Integer::sum);
			}
		}
		report("one decision (" + ONE_QUERIES + " queries)", times);
		print("one decision: answers", reasons.toString());
		assertThat(reasons).containsKeys(ConsentReason.NO_DECISION, ConsentReason.GUARDIAN_CONSENTED,
				ConsentReason.GUARDIAN_REFUSED, ConsentReason.CONSENTED);
	}

	private static void groups(ConsentRegister register, Directory directory) {
		SplittableRandom random = new SplittableRandom(30);
		long[] times = new long[GROUP_QUERIES];
		long[] studentTimes = new long[GROUP_QUERIES];
		long[] decisionTimes = new long[GROUP_QUERIES];
		long answers = 0;
		long allowed = 0;
		for (int i = 0; i < GROUP_WARM_UP + GROUP_QUERIES; i++) {
			long group = 1 + random.nextInt(GROUPS - 1);
			Instant at = at(random);
			long before = System.nanoTime();
			List<PersonFacts> people = directory.studentsOfGroup(group);
			long between = System.nanoTime();
			Map<String, List<ConsentDecision>> decisions = register.decisions(people, at);
			long after = System.nanoTime();
			assertThat(decisions).hasSize(GROUP_SIZE);
			if (i >= GROUP_WARM_UP) {
				int n = i - GROUP_WARM_UP;
				times[n] = after - before;
				studentTimes[n] = between - before;
				decisionTimes[n] = after - between;
				for (List<ConsentDecision> forPerson : decisions.values()) {
					answers += forPerson.size();
					allowed += forPerson.stream().filter(ConsentDecision::allowed).count();
				}
			}
		}
		report("group of 30 (" + GROUP_QUERIES + " groups)", times);
		report("group: studentsOfGroup", studentTimes);
		report("group: decisions", decisionTimes);
		print("group: answers, allowed", String.format(Locale.ROOT, "%,d, %,d", answers, allowed));
		assertThat(answers).isEqualTo((long) GROUP_QUERIES * GROUP_SIZE * 30);
		assertThat(allowed).isPositive();
	}

	/** Mostly now; one in five at a moment in the last three years. */
	private static Instant at(SplittableRandom random) {
		Instant now = Instant.now();
		return random.nextInt(5) == 0 ? now.minusSeconds(random.nextLong(3L * 365 * 24 * 3600)) : now;
	}

	private static String studentRef(long s) {
		return "L" + String.format(Locale.ROOT, "%07d", s);
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		print(what, String.format(Locale.ROOT, "p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms", millis(sorted, 0.50),
				millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6));
	}

	private static double millis(long[] sorted, double percentile) {
		return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
	}

	private static long count(Statement sql, String query) throws SQLException {
		try (var rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void print(String what, double value, String unit) {
		print(what, String.format(Locale.ROOT, "%,.1f %s", value, unit));
	}

	private static void print(String what, String value) {
		System.out.println(String.format(Locale.ROOT, "[consent benchmark] %-40s %s", what, value));
	}

}
