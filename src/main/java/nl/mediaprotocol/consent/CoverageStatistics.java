package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonView.GroupLabel;
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
		String year = groups.values().iterator().next().getFirst().schoolYear();
		List<String> withGroups = unitCodes.stream().filter(groups::containsKey).toList();
		Map<Long, Integer> students = this.states.studentsPerGroup(year, withGroups);
		Map<Long, Map<String, Map<Integer, Integer>>> decided = this.states.decidedPerGroup(year, withGroups,
				now.atZone(this.clock.getZone()).toLocalDate(), this.guardianConsentLapsesAt16);
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

}
