package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
import nl.mediaprotocol.directory.SchoolYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the consent register (3.1.6) is filled, for the dashboards of the school safety
 * plan (1.2): per group and active purpose, how many students have a decision, counted as
 * the consent rounds count it ({@link Coverage}). Counts only: no names.
 */
@Service
@Transactional(readOnly = true)
public class CoverageStatistics {

	private final ConsentRegister register;

	private final CoverageStates states;

	private final Directory directory;

	private final Clock clock;

	private final boolean guardianConsentLapsesAt16;

	CoverageStatistics(ConsentRegister register, CoverageStates states, Directory directory,
			ConsentProperties properties, Clock clock) {
		this.register = register;
		this.states = states;
		this.directory = directory;
		this.clock = clock;
		this.guardianConsentLapsesAt16 = properties.guardianConsentLapsesAt16();
	}

	/**
	 * One group of this school year and one active purpose.
	 *
	 * @param unitCode the unit the group belongs to
	 * @param withDecision students for whom consent was given for at least one medium, or
	 * refused for all: everyone but those still open
	 */
	public record Row(String unitCode, GroupLabel group, Purpose purpose, int students, int withDecision) {
	}

	/**
	 * The groups that belong directly to the given units, each with every active purpose,
	 * in the order of the units and then of the groups' codes. Counted in the database
	 * from the coverage kept per student ({@link CoverageStates}): one statement for the
	 * students per group, one for those with a decision per group and purpose, whatever
	 * the number of units.
	 */
	public List<Row> coverage(Collection<String> unitCodes) {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		Map<String, List<GroupLabel>> groups = this.directory.currentGroupsOf(unitCodes);
		List<Row> rows = new ArrayList<>();
		if (groups.isEmpty()) {
			return rows;
		}
		String year = schoolYear();
		List<String> withGroups = unitCodes.stream().filter(groups::containsKey).toList();
		Map<Object, Integer> students = this.states.students(CoverageStates.Per.GROUP, year, withGroups);
		Map<Object, Map<String, Map<Integer, Integer>>> decided = this.states.decided(CoverageStates.Per.GROUP, year,
				withGroups, today(), this.guardianConsentLapsesAt16);
		for (String unitCode : withGroups) {
			for (GroupLabel group : groups.get(unitCode)) {
				Map<String, Map<Integer, Integer>> inGroup = decided.getOrDefault(group.id(), Map.of());
				for (Purpose purpose : purposes) {
					// only answers to the text in force count
					int withDecision = inGroup.getOrDefault(purpose.code(), Map.of())
						.getOrDefault(purpose.versionAt(now), 0);
					rows.add(new Row(unitCode, group, purpose, students.getOrDefault(group.id(), 0), withDecision));
				}
			}
		}
		return rows;
	}

	/**
	 * One unit shown for the units of its subtree and one active purpose, for a scope
	 * with more groups than a page can list.
	 *
	 * @param groups how many groups of this school year the units hold
	 */
	public record UnitRow(String unitCode, int groups, Purpose purpose, int students, int withDecision) {
	}

	/**
	 * How many groups of this school year belong to the given units themselves, counted
	 * in the database.
	 */
	public int groupCount(Collection<String> unitCodes) {
		return this.states.groups(schoolYear(), unitCodes).values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Per unit shown (in the given order) and active purpose, the sums over the groups of
	 * the units it stands for; units without groups are left out. Counted per unit in the
	 * database, three statements whatever the number of groups.
	 * @param shown per unit shown, the units whose groups it sums
	 */
	public List<UnitRow> coveragePerUnit(Map<String, ? extends Collection<String>> shown) {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<String> all = shown.values().stream().flatMap(Collection::stream).distinct().toList();
		String year = schoolYear();
		Map<Object, Integer> groups = this.states.groups(year, all);
		List<UnitRow> rows = new ArrayList<>();
		if (groups.isEmpty()) {
			return rows;
		}
		List<String> withGroups = all.stream().filter(groups::containsKey).toList();
		Map<Object, Integer> students = this.states.students(CoverageStates.Per.UNIT, year, withGroups);
		Map<Object, Map<String, Map<Integer, Integer>>> decided = this.states.decided(CoverageStates.Per.UNIT, year,
				withGroups, today(), this.guardianConsentLapsesAt16);
		shown.forEach((unitCode, members) -> {
			List<String> holding = members.stream().distinct().filter(groups::containsKey).toList();
			if (holding.isEmpty()) {
				return;
			}
			int groupCount = holding.stream().mapToInt(groups::get).sum();
			int studentCount = holding.stream().mapToInt(member -> students.getOrDefault(member, 0)).sum();
			for (Purpose purpose : purposes) {
				int version = purpose.versionAt(now);
				int withDecision = holding.stream()
					.mapToInt(member -> decided.getOrDefault(member, Map.of())
						.getOrDefault(purpose.code(), Map.of())
						.getOrDefault(version, 0))
					.sum();
				rows.add(new UnitRow(unitCode, groupCount, purpose, studentCount, withDecision));
			}
		});
		return rows;
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.clock.getZone()).toLocalDate();
	}

	private String schoolYear() {
		return SchoolYear.containing(this.clock.instant().atZone(this.clock.getZone()).toLocalDate()).toString();
	}

}
