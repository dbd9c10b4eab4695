package nl.mediaprotocol.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import nl.mediaprotocol.directory.PersonView.PersonLabel;
import nl.mediaprotocol.directory.PersonView.UnitLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people, units and groups up, showing each viewer only whom and what their roles
 * allow.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Units units;

	private final UnitTreeCache unitTree;

	private final ClassGroups groups;

	private final People people;

	private final DirectoryAccessPolicy policy;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Directory(Units units, UnitTreeCache unitTree, ClassGroups groups, People people, DirectoryAccessPolicy policy,
			JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.unitTree = unitTree;
		this.groups = groups;
		this.people = people;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A person's name as the search matches it. The trigram index of V21_1 on PostgreSQL
	 * holds this expression; a change here must change the index too.
	 */
	static final String NAME_EXPRESSION = "lower(p.first_name || ' ' || coalesce(p.last_name_prefix || ' ', '') || p.last_name)";

	/** The most values one {@code in (...)} list carries. */
	private static final int IN_LIST_MAX = 1000;

	/**
	 * The directory's version: it moves with every import, made through whichever
	 * instance, so that what an instance keeps in memory can tell it is out of date.
	 */
	@Transactional(readOnly = true)
	public long version() {
		return this.unitTree.version();
	}

	public boolean isEmpty() {
		return this.units.count() == 0 && this.people.count() == 0;
	}

	/** The kinds of people the viewer may look for. */
	public Set<PersonKind> searchableKinds(CurrentUser viewer) {
		DirectoryAccess access = this.policy.accessOf(viewer);
		Set<PersonKind> kinds = EnumSet.noneOf(PersonKind.class);
		Arrays.stream(PersonKind.values())
			.filter(kind -> access.seesAnyone(kind) || ownOfKind(access, kind))
			.forEach(kinds::add);
		return kinds;
	}

	private boolean ownOfKind(DirectoryAccess access, PersonKind kind) {
		return !access.own().isEmpty()
				&& this.jdbc.sql("select count(*) from people where kind = :kind and id in (:own)")
					.param("kind", kind.name())
					.param("own", access.own())
					.query(Long.class)
					.single() > 0;
	}

	public Page<PersonView> search(CurrentUser viewer, PersonSearch search, Pageable pageable) {
		DirectoryAccess access = this.policy.accessOf(viewer);
		UnitTree tree = tree();
		PersonKind kind = search.kind();
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		conditions.add("p.kind = :kind");
		params.put("kind", kind.name());
		String reach = reach(access, kind, params);
		if (reach == null) {
			return Page.empty(pageable);
		}
		conditions.add(reach);
		if (search.unitCode() != null) {
			Optional<Unit> unit = tree.byCode(search.unitCode());
			if (unit.isEmpty()) {
				return Page.empty(pageable);
			}
			conditions.add(inUnits(kind, "filterUnits"));
			params.put("filterUnits", tree.selfAndDescendants(unit.get().id()));
		}
		if (search.groupId() != null) {
			conditions.add(switch (kind) {
				case STUDENT -> "p.group_id = :groupId";
				case EMPLOYEE ->
					"exists (select 1 from group_teachers t where t.employee_id = p.id and t.group_id = :groupId)";
				case GUARDIAN -> "exists (select 1 from guardianships g join people s on s.id = g.student_id"
						+ " where g.guardian_id = p.id and s.group_id = :groupId)";
			});
			params.put("groupId", search.groupId());
		}
		if (search.text() != null) {
			String text = search.text().strip();
			if (looksLikeRef(text)) {
				// a student number (names have no digits): the unique index on ref finds
				// it as typed or in capitals, the index on lower(ref) (PostgreSQL) in any
				// other mix of cases
				conditions.add("(p.ref in (:refs) or lower(p.ref) = :lowerRef)");
				params.put("refs", new LinkedHashSet<>(List.of(text, text.toUpperCase(Locale.ROOT))));
				params.put("lowerRef", text.toLowerCase(Locale.ROOT));
			}
			else {
				// NAME_EXPRESSION is what the trigram index of V21_1 (PostgreSQL) holds,
				// exactly
				conditions.add("(" + NAME_EXPRESSION + " like :text escape '\\' or lower(p.ref) = :exactText)");
				params.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
				params.put("exactText", text.toLowerCase(Locale.ROOT));
			}
		}
		String where = String.join(" and ", conditions);
		// the page and the number of all matches in one statement, not two passes over
		// them
		record Found(long id, long total) {
		}
		List<Found> rows = this.jdbc
			.sql("select p.id, count(*) over () as total from people p where " + where
					+ " order by lower(p.last_name), lower(p.first_name), p.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("total")))
			.list();
		long total;
		if (!rows.isEmpty()) {
			total = rows.getFirst().total();
		}
		else if (pageable.getOffset() == 0) {
			return Page.empty(pageable);
		}
		else {
			// a page past the end: how many there are, for the pager
			total = this.jdbc.sql("select count(*) from people p where " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		List<Long> ids = rows.stream().map(Found::id).toList();
		List<PersonView> views = views(ids, access, tree);
		return new PageImpl<>(views, pageable, total);
	}

	/**
	 * The condition on person {@code p} for whom of a kind the viewer may see;
	 * {@code null} when they may see nobody of that kind.
	 */
	private static @Nullable String reach(DirectoryAccess access, PersonKind kind, Map<String, Object> params) {
		if (access.seesEveryone(kind)) {
			return "1 = 1";
		}
		List<String> reach = new ArrayList<>();
		Set<Long> reachUnits = access.unitsFor(kind);
		if (!reachUnits.isEmpty()) {
			reach.add(inUnits(kind, "reachUnits"));
			params.put("reachUnits", reachUnits);
		}
		if (!access.own().isEmpty()) {
			reach.add("p.id in (:own)");
			params.put("own", access.own());
		}
		return reach.isEmpty() ? null : "(" + String.join(" or ", reach) + ")";
	}

	/**
	 * Per unit (by code, {@code null} for none), how many people of a kind the viewer may
	 * see, and how many of those a query marks: counted in the database, nobody's record
	 * read, for a dashboard's figures. The same people as {@link #everyone}.
	 * @param markedRefs a query for the refs of the people to count as marked, e.g. those
	 * who confirmed something
	 * @param params the parameters of that query
	 */
	public List<UnitTally> tallyPerUnit(CurrentUser viewer, PersonKind kind, String markedRefs, Map<String, ?> params) {
		Map<String, Object> all = new HashMap<>(params);
		String reach = reach(this.policy.accessOf(viewer), kind, all);
		if (reach == null) {
			return List.of();
		}
		all.put("kind", kind.name());
		return this.jdbc.sql("""
				select u.code, count(*), sum(case when p.ref in (%s) then 1 else 0 end)
				from people p left join units u on u.id = p.unit_id
				where p.kind = :kind and %s
				group by u.code order by u.code""".formatted(markedRefs, reach))
			.params(all)
			.query((rs, row) -> new UnitTally(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	/**
	 * How many people of a unit ({@code null}: none) were counted, and how many marked.
	 */
	public record UnitTally(@Nullable String unitCode, int people, int marked) {
	}

	/**
	 * The groups of this school year that belong to each of these units itself (not to
	 * the units below it), in code order as {@link #unit} lists them; asked of the
	 * database for all units at once.
	 */
	public Map<String, List<GroupLabel>> currentGroupsOf(Collection<String> unitCodes) {
		UnitTree tree = tree();
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		Map<Long, String> codes = new HashMap<>();
		unitCodes.forEach(code -> tree.byCode(code).ifPresent(unit -> codes.put(unit.id(), code)));
		Map<String, List<GroupLabel>> groups = new HashMap<>();
		groupsOf(year, tree, codes.keySet()).stream()
			.filter(group -> codes.containsKey(group.unitId()))
			.sorted(Comparator.comparing(ClassGroup::code))
			.forEach(group -> groups.computeIfAbsent(codes.get(group.unitId()), code -> new ArrayList<>())
				.add(label(group)));
		return groups;
	}

	/**
	 * Everyone of a kind the viewer may see, in name order, e.g. for an overview per
	 * unit.
	 */
	public List<PersonView> everyone(CurrentUser viewer, PersonKind kind) {
		List<PersonView> all = new ArrayList<>();
		Pageable page = PageRequest.of(0, 500);
		Page<PersonView> found;
		do {
			found = search(viewer, new PersonSearch(kind, null, null, null), page);
			all.addAll(found.getContent());
			page = page.next();
		}
		while (found.hasNext());
		return all;
	}

	/** Employees with an e-mail address, for the messages the application sends them. */
	public List<Contact> employeesWithEmail() {
		return this.jdbc
			.sql("select ref, first_name, last_name_prefix, last_name, email from people"
					+ " where kind = 'EMPLOYEE' and email is not null order by ref")
			.query((rs, row) -> new Contact(rs.getString("ref"),
					new PersonName(rs.getString("first_name"), rs.getString("last_name_prefix"),
							rs.getString("last_name"))
						.display(),
					rs.getString("email")))
			.list();
	}

	/** The facts about one person, whoever asks; see {@link PersonFacts}. */
	public Optional<PersonFacts> facts(String ref) {
		return facts(List.of(ref)).stream().findFirst();
	}

	/** The facts about several people at once, in no particular order. */
	public List<PersonFacts> facts(Collection<String> refs) {
		if (refs.isEmpty()) {
			return List.of();
		}
		return factsWhere("p.ref in (:refs)", Map.of("refs", refs));
	}

	/** The employees whose manager this employee is, by their refs. */
	public List<String> managedBy(String managerRef) {
		return this.jdbc.sql("""
				select p.ref from people p join people m on m.id = p.manager_id
				where m.ref = :manager and p.kind = 'EMPLOYEE'
				""").param("manager", managerRef).query(String.class).list();
	}

	/** The students of a group, in name order. */
	public List<PersonFacts> studentsOfGroup(long groupId) {
		return factsWhere("p.kind = 'STUDENT' and p.group_id = :groupId", Map.of("groupId", groupId));
	}

	/** The students in a unit and the units below it, in name order. */
	public List<PersonFacts> studentsInUnit(String unitCode) {
		UnitTree tree = tree();
		return tree.byCode(unitCode)
			.map(unit -> factsWhere(
					"p.kind = 'STUDENT' and p.group_id in (select g.id from class_groups g where g.unit_id in (:units))",
					Map.of("units", tree.selfAndDescendants(unit.id()))))
			.orElse(List.of());
	}

	/** The groups of a unit and the units below it in the current school year. */
	public List<GroupLabel> groupsInUnit(String unitCode) {
		UnitTree tree = tree();
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		return tree.byCode(unitCode)
			.map(unit -> groupsOf(year, tree, tree.selfAndDescendants(unit.id())).stream()
				.sorted(Comparator.comparing(ClassGroup::code))
				.map(Directory::label)
				.toList())
			.orElse(List.of());
	}

	/**
	 * The groups of a school year in these units, asked of the database by unit: a big
	 * board has 100,000 groups a year.
	 */
	private List<ClassGroup> groupsOf(SchoolYear year, UnitTree tree, Set<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		if (unitIds.size() >= tree.size()) {
			return this.groups.findBySchoolYear(year.toString());
		}
		List<ClassGroup> found = new ArrayList<>();
		List<Long> ids = List.copyOf(unitIds);
		for (int from = 0; from < ids.size(); from += IN_LIST_MAX) {
			found.addAll(this.groups.findBySchoolYearAndUnitIdIn(year.toString(),
					ids.subList(from, Math.min(ids.size(), from + IN_LIST_MAX))));
		}
		return found;
	}

	private List<PersonFacts> factsWhere(String condition, Map<String, ?> params) {
		record Row(long id, String ref, PersonKind kind, PersonName name, LocalDate dateOfBirth, String unitCode,
				Long groupId, String email, String managerRef) {
		}
		List<Row> rows = this.jdbc.sql("""
				select p.id, p.ref, p.kind, p.first_name, p.last_name_prefix, p.last_name, p.date_of_birth,
				       coalesce(u.code, gu.code) as unit_code, p.group_id, p.email, m.ref as manager_ref
				from people p
				left join people m on m.id = p.manager_id
				left join units u on u.id = p.unit_id
				left join class_groups g on g.id = p.group_id
				left join units gu on gu.id = g.unit_id
				where\s""" + condition + " order by lower(p.last_name), lower(p.first_name), p.id")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("ref"), PersonKind.valueOf(rs.getString("kind")),
					new PersonName(rs.getString("first_name"), rs.getString("last_name_prefix"),
							rs.getString("last_name")),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("unit_code"),
					rs.getObject("group_id", Long.class), rs.getString("email"), rs.getString("manager_ref")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> guardians = new HashMap<>();
		Map<Long, List<String>> students = new HashMap<>();
		List<Long> ids = rows.stream().map(Row::id).toList();
		this.jdbc.sql("""
				select g.student_id, g.guardian_id, gp.ref as guardian_ref, sp.ref as student_ref
				from guardianships g
				join people gp on gp.id = g.guardian_id
				join people sp on sp.id = g.student_id
				where g.student_id in (:ids) or g.guardian_id in (:ids)
				order by gp.ref, sp.ref
				""").param("ids", ids).query(rs -> {
			guardians.computeIfAbsent(rs.getLong("student_id"), id -> new ArrayList<>())
				.add(rs.getString("guardian_ref"));
			students.computeIfAbsent(rs.getLong("guardian_id"), id -> new ArrayList<>())
				.add(rs.getString("student_ref"));
		});
		return rows.stream()
			.map(row -> new PersonFacts(row.ref(), row.kind(), row.name().firstName(), row.name().display(),
					row.dateOfBirth(), row.unitCode(), row.groupId(), row.email(),
					List.copyOf(guardians.getOrDefault(row.id(), List.of())),
					List.copyOf(students.getOrDefault(row.id(), List.of())), row.managerRef()))
			.toList();
	}

	/**
	 * The names of everyone in the directory with their unit and group, so that a post
	 * can be screened for them (3.1.3). No visibility applies: nobody sees this list,
	 * screening only looks for the names in it. They are handed out one at a time as they
	 * are read from the database in batches: a board of millions is never held in memory
	 * at once.
	 */
	public void forEachRegisteredName(Consumer<RegisteredName> each) {
		this.jdbc.sql("""
				select p.ref, p.kind, p.first_name, p.last_name_prefix, p.last_name,
				       u.code as unit_code, u.name as unit_name, g.code as group_code, g.name as group_name
				from people p
				left join units u on u.id = p.unit_id
				left join class_groups g on g.id = p.group_id
				order by p.id""").withFetchSize(REGISTERED_NAMES_FETCH_SIZE).query(rs -> {
			each.accept(new RegisteredName(rs.getString("ref"), PersonKind.valueOf(rs.getString("kind")),
					rs.getString("first_name"), rs.getString("last_name_prefix"), rs.getString("last_name"),
					rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("group_code"),
					rs.getString("group_name")));
		});
	}

	/**
	 * Rows per round trip while streaming the names; PostgreSQL streams only within a
	 * transaction, which this read-only service opens.
	 */
	private static final int REGISTERED_NAMES_FETCH_SIZE = 5_000;

	/** A person's name as screening looks for it, with where they belong. */
	public record RegisteredName(String ref, PersonKind kind, String firstName, @Nullable String lastNamePrefix,
			String lastName, @Nullable String unitCode, @Nullable String unitName, @Nullable String groupCode,
			@Nullable String groupName) {
	}

	/** Whom to write to. */
	public record Contact(String ref, String displayName, String email) {
	}

	/**
	 * Opens a person's record for the viewer, when they may see it. Opening is a read of
	 * a sensitive record and is audited, and so is a refusal, which looks the same as a
	 * person who does not exist.
	 */
	public Optional<PersonView> open(CurrentUser viewer, String ref) {
		Optional<PersonView> person = person(viewer, ref);
		this.events.publishEvent(new PersonOpened(ref, person.isEmpty()));
		return person;
	}

	/** One person by ref, when the viewer may see them. */
	public Optional<PersonView> person(CurrentUser viewer, String ref) {
		DirectoryAccess access = this.policy.accessOf(viewer);
		return this.jdbc.sql("select id from people where ref = :ref")
			.param("ref", ref)
			.query(Long.class)
			.optional()
			.flatMap(id -> views(List.of(id), access, tree()).stream().findFirst());
	}

	/**
	 * Whether the viewer may see this person: the same rule as {@link #person}, without
	 * building the record.
	 */
	public boolean sees(CurrentUser viewer, String ref) {
		return visible(viewer, List.of(ref)).contains(ref);
	}

	/**
	 * Which of these people the viewer may see, checked for all of them at once (a
	 * group's students, say): the same rule as {@link #person}, in a few queries whatever
	 * their number.
	 */
	public Set<String> visible(CurrentUser viewer, Collection<String> refs) {
		if (refs.isEmpty()) {
			return Set.of();
		}
		DirectoryAccess access = this.policy.accessOf(viewer);
		Set<String> visible = new HashSet<>();
		PersonRecords records = PersonRecords.byRefs(this.jdbc, refs);
		for (Person person : records.all()) {
			if (access.detailFor(person.id(), person.kind(), records.unitsOf(person)).isPresent()) {
				visible.add(person.ref());
			}
		}
		return Set.copyOf(visible);
	}

	/**
	 * Whether one of the user's grants of these roles reaches the unit: a board-wide
	 * grant, or one for the unit or a unit above it. Without a unit only a board-wide
	 * grant does.
	 */
	public boolean reaches(CurrentUser user, Collection<Role> roles, @Nullable String unitCode) {
		Set<String> path = unitPath(unitCode);
		return user.grants()
			.stream()
			.filter(grant -> roles.contains(grant.role()))
			.anyMatch(grant -> grant.isBoardWide() || path.contains(grant.unitCode()));
	}

	/** The codes of a unit and of every unit above it; none without a unit. */
	public Set<String> unitPath(@Nullable String unitCode) {
		if (unitCode == null) {
			return Set.of();
		}
		UnitTree tree = tree();
		return tree.byCode(unitCode)
			.map(unit -> tree.path(unit).stream().map(Unit::code).collect(Collectors.toSet()))
			.orElse(Set.of(unitCode));
	}

	public List<UnitNode> unitTree() {
		UnitTree tree = tree();
		return tree.roots().stream().map(root -> node(tree, root)).toList();
	}

	/** How many units the board has. */
	public int unitCount() {
		return tree().size();
	}

	/**
	 * The units whose name or code holds the text (case aside), in name order, at most
	 * {@code limit}: for choosing one of a big board's thousands of units.
	 */
	public List<UnitPlace> findUnits(String text, int limit) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return List.of();
		}
		UnitTree tree = tree();
		return tree.all()
			.stream()
			.filter(unit -> unit.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| unit.code().toLowerCase(Locale.ROOT).contains(wanted))
			.limit(limit)
			.map(unit -> place(tree, unit))
			.toList();
	}

	/**
	 * The names of these units by code, from one look at the unit tree; a code the board
	 * does not know is left out.
	 */
	public Map<String, String> unitNames(Collection<String> codes) {
		UnitTree tree = tree();
		Map<String, String> names = new HashMap<>();
		codes.forEach(code -> tree.byCode(code).ifPresent(unit -> names.put(code, unit.name())));
		return names;
	}

	/** One unit with the units above it. */
	public Optional<UnitPlace> unitPlace(String code) {
		UnitTree tree = tree();
		return tree.byCode(code).map(unit -> place(tree, unit));
	}

	private static UnitPlace place(UnitTree tree, Unit unit) {
		List<UnitLabel> path = tree.path(unit).stream().map(Directory::label).toList();
		return new UnitPlace(label(unit), unit.kind(), path.subList(0, path.size() - 1));
	}

	/** A unit and, from the top down, the units above it. */
	public record UnitPlace(UnitLabel unit, UnitKind kind, List<UnitLabel> above) {
	}

	public Optional<UnitDetails> unit(String code) {
		UnitTree tree = tree();
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		return tree.byCode(code).map(unit -> {
			List<GroupLabel> unitGroups = groupsOf(year, tree, Set.of(unit.id())).stream()
				.sorted(Comparator.comparing(ClassGroup::code))
				.map(Directory::label)
				.toList();
			return new UnitDetails(label(unit), unit.kind(), tree.path(unit).stream().map(Directory::label).toList(),
					tree.childrenOf(unit).stream().map(Directory::label).toList(), unitGroups, year.toString());
		});
	}

	public Optional<GroupDetails> group(long id) {
		UnitTree tree = tree();
		return this.groups.findById(id)
			.map(group -> new GroupDetails(label(group),
					tree.byId(group.unitId()).map(Directory::label).orElseThrow()));
	}

	/** The groups of this school year that the user teaches (as LEERKRACHT). */
	public Set<Long> currentGroupsTaughtBy(CurrentUser user) {
		Set<Long> taught = new HashSet<>();
		String ref = user.personRef();
		if (user.has(Role.LEERKRACHT) && ref != null) {
			person(user, ref).ifPresent(teacher -> teacher.teaches()
				.stream()
				.filter(group -> currentGroup(group.code()).filter(current -> current.id() == group.id()).isPresent())
				.forEach(group -> taught.add(group.id())));
		}
		return Set.copyOf(taught);
	}

	/**
	 * The groups of this school year in the units the user's grants of these roles reach
	 * (a board-wide grant: every unit), and the units below them.
	 */
	public Set<Long> currentGroupsReachedBy(CurrentUser user, Collection<Role> roles) {
		UnitTree tree = tree();
		Set<Long> units = new HashSet<>();
		for (RoleGrant grant : user.grants()) {
			if (roles.contains(grant.role())) {
				if (grant.isBoardWide()) {
					tree.all().forEach(unit -> units.add(unit.id()));
				}
				else {
					tree.byCode(grant.unitCode()).ifPresent(unit -> units.addAll(tree.selfAndDescendants(unit.id())));
				}
			}
		}
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		return groupsOf(year, tree, units).stream().map(ClassGroup::id).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The codes of the units the user's grants of these roles reach, and of the units
	 * below them, as {@link #reaches} decides it one unit at a time, for a condition in
	 * SQL; empty when a grant reaches the whole board, records without a unit included.
	 */
	public Optional<Set<String>> unitCodesReachedBy(CurrentUser user, Collection<Role> roles) {
		UnitTree tree = tree();
		Set<String> codes = new HashSet<>();
		for (RoleGrant grant : user.grants()) {
			if (!roles.contains(grant.role())) {
				continue;
			}
			String unitCode = grant.unitCode();
			if (unitCode == null) {
				// board-wide
				return Optional.empty();
			}
			// a unit the tree does not know reaches itself, as its path is itself
			codes.add(unitCode);
			tree.byCode(unitCode)
				.ifPresent(unit -> tree.selfAndDescendants(unit.id())
					.forEach(id -> tree.byId(id).ifPresent(below -> codes.add(below.code()))));
		}
		return Optional.of(Set.copyOf(codes));
	}

	/** A group by its code in the current school year. */
	public Optional<GroupLabel> currentGroup(String code) {
		SchoolYear year = SchoolYear.containing(LocalDate.now(this.clock));
		return this.groups.findByCodeAndSchoolYear(code, year.toString()).map(Directory::label);
	}

	/** A unit in the tree, with the units below it. */
	public record UnitNode(UnitLabel unit, UnitKind kind, List<UnitNode> children) {
	}

	/** A unit with where it sits, what lies below it, and its groups this school year. */
	public record UnitDetails(UnitLabel unit, UnitKind kind, List<UnitLabel> path, List<UnitLabel> children,
			List<GroupLabel> groups, String schoolYear) {
	}

	public record GroupDetails(GroupLabel group, UnitLabel unit) {
	}

	/**
	 * The records of these people that the viewer may see, in the order given, read in a
	 * fixed number of queries whatever their number.
	 */
	private List<PersonView> views(List<Long> ids, DirectoryAccess access, UnitTree tree) {
		if (ids.isEmpty()) {
			return List.of();
		}
		PersonRecords records = PersonRecords.withRelated(this.jdbc, ids);
		Set<Long> groupIds = new HashSet<>();
		for (Long id : ids) {
			records.person(id).ifPresent(person -> {
				if (person.groupId() != null) {
					groupIds.add(person.groupId());
				}
				groupIds.addAll(person.taughtGroupIds());
			});
		}
		Map<Long, GroupLabel> groupsById = new HashMap<>();
		this.groups.findAllById(groupIds).forEach(group -> groupsById.put(group.id(), label(group)));
		LocalDate today = LocalDate.now(this.clock);
		return ids.stream()
			.map(records::person)
			.flatMap(Optional::stream)
			.map(person -> view(person, access, tree, records, groupsById, today))
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<PersonView> view(Person person, DirectoryAccess access, UnitTree tree, PersonRecords records,
			Map<Long, GroupLabel> groupsById, LocalDate today) {
		return access.detailFor(person.id(), person.kind(), records.unitsOf(person)).map(detail -> {
			boolean full = detail == Detail.FULL;
			GroupLabel group = person.groupId() == null ? null : groupsById.get(person.groupId());
			return new PersonView(person.ref(), person.kind(), person.name().firstName(), person.name().fullLastName(),
					person.name().display(), detail, tree.byId(person.unitId()).map(Directory::label).orElse(null),
					group, person.functionTitle(), full ? person.dateOfBirth() : null,
					full ? person.ageOn(today) : null, full ? person.email() : null, full ? person.phone() : null,
					full && person.managerId() != null
							? visibleLabels(List.of(person.managerId()), access, records).stream()
								.findFirst()
								.orElse(null)
							: null,
					full ? visibleLabels(records.guardianIdsOf(person), access, records) : List.of(),
					full ? visibleLabels(person.childIds(), access, records) : List.of(),
					full ? person.taughtGroupIds()
						.stream()
						.map(groupsById::get)
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(GroupLabel::code))
						.toList() : List.of());
		});
	}

	private static List<PersonLabel> visibleLabels(Collection<Long> ids, DirectoryAccess access,
			PersonRecords records) {
		List<PersonLabel> labels = new ArrayList<>();
		for (Long id : ids) {
			records.person(id)
				.filter(other -> access.detailFor(other.id(), other.kind(), records.unitsOf(other)).isPresent())
				.ifPresent(other -> labels.add(new PersonLabel(other.ref(), other.name().display())));
		}
		labels.sort(Comparator.comparing(PersonLabel::displayName));
		return labels;
	}

	private UnitTree tree() {
		return this.unitTree.tree();
	}

	private static String inUnits(PersonKind kind, String parameter) {
		if (kind == PersonKind.GUARDIAN) {
			return "exists (select 1 from guardianships g join people s on s.id = g.student_id"
					+ " where g.guardian_id = p.id and s.unit_id in (:" + parameter + "))";
		}
		return "p.unit_id in (:" + parameter + ")";
	}

	/** Letters and digits without a space, with at least one digit: a student number. */
	private static boolean looksLikeRef(String text) {
		return !text.isEmpty() && text.chars().anyMatch(Character::isDigit)
				&& text.chars().noneMatch(Character::isWhitespace);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static UnitNode node(UnitTree tree, Unit unit) {
		return new UnitNode(label(unit), unit.kind(),
				tree.childrenOf(unit).stream().map(child -> node(tree, child)).toList());
	}

	private static UnitLabel label(Unit unit) {
		return new UnitLabel(unit.code(), unit.name());
	}

	private static GroupLabel label(ClassGroup group) {
		return new GroupLabel(group.id(), group.code(), group.name(), group.schoolYear().toString());
	}

}
