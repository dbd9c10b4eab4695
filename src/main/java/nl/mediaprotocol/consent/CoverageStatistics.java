package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
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

	/** Students whose decisions are read with one statement. */
	private static final int BATCH = 1000;

	private final ConsentRegister register;

	private final Directory directory;

	private final Clock clock;

	CoverageStatistics(ConsentRegister register, Directory directory, Clock clock) {
		this.register = register;
		this.directory = directory;
		this.clock = clock;
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
	 * The groups that belong directly to the given units, each with every active purpose.
	 * Read unit by unit, not group by group: the students of a unit without units below
	 * it in one statement, their decisions in batches.
	 */
	public List<Row> coverage(Collection<String> unitCodes) {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<Row> rows = new ArrayList<>();
		for (String unitCode : unitCodes) {
			Optional<Directory.UnitDetails> unit = this.directory.unit(unitCode);
			List<GroupLabel> groups = unit.map(Directory.UnitDetails::groups).orElse(List.of());
			if (groups.isEmpty()) {
				continue;
			}
			Map<Long, List<PersonFacts>> students = studentsPerGroup(unit.get(), groups);
			Map<String, List<ConsentDecision>> answers = new HashMap<>();
			List<PersonFacts> all = students.values().stream().flatMap(List::stream).toList();
			for (int from = 0; from < all.size(); from += BATCH) {
				answers.putAll(this.register.decisions(all.subList(from, Math.min(all.size(), from + BATCH)), now));
			}
			for (GroupLabel group : groups) {
				List<PersonFacts> inGroup = students.getOrDefault(group.id(), List.of());
				for (Purpose purpose : purposes) {
					int withDecision = (int) inGroup.stream()
						.map(student -> answers.get(student.ref())
							.stream()
							.filter(answer -> answer.purpose().equals(purpose.code()))
							.toList())
						.filter(relevant -> Coverage.stateOf(relevant) != Coverage.State.OPEN)
						.count();
					rows.add(new Row(unitCode, group, purpose, inGroup.size(), withDecision));
				}
			}
		}
		return rows;
	}

	/**
	 * The students of each of the unit's own groups: of a unit with none below it all at
	 * once, else group by group (the units below may hold many more).
	 */
	private Map<Long, List<PersonFacts>> studentsPerGroup(Directory.UnitDetails unit, List<GroupLabel> groups) {
		Map<Long, List<PersonFacts>> students = new HashMap<>();
		if (unit.children().isEmpty()) {
			Set<Long> own = groups.stream().map(GroupLabel::id).collect(Collectors.toSet());
			this.directory.studentsInUnit(unit.unit().code())
				.stream()
				.filter(student -> student.groupId() != null && own.contains(student.groupId()))
				.forEach(student -> students.computeIfAbsent(student.groupId(), id -> new ArrayList<>()).add(student));
		}
		else {
			groups.forEach(group -> students.put(group.id(), this.directory.studentsOfGroup(group.id())));
		}
		return students;
	}

}
