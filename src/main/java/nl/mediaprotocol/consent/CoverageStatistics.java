package nl.mediaprotocol.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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
	 */
	public List<Row> coverage(Collection<String> unitCodes) {
		Instant now = this.clock.instant();
		List<Purpose> purposes = this.register.activePurposes();
		List<Row> rows = new ArrayList<>();
		for (String unitCode : unitCodes) {
			List<GroupLabel> groups = this.directory.unit(unitCode)
				.map(Directory.UnitDetails::groups)
				.orElse(List.of());
			for (GroupLabel group : groups) {
				List<PersonFacts> students = this.directory.studentsOfGroup(group.id());
				Map<String, List<ConsentDecision>> answers = this.register.decisions(students, now);
				for (Purpose purpose : purposes) {
					int withDecision = (int) students.stream()
						.map(student -> answers.get(student.ref())
							.stream()
							.filter(answer -> answer.purpose().equals(purpose.code()))
							.toList())
						.filter(relevant -> Coverage.stateOf(relevant) != Coverage.State.OPEN)
						.count();
					rows.add(new Row(unitCode, group, purpose, students.size(), withDecision));
				}
			}
		}
		return rows;
	}

}
