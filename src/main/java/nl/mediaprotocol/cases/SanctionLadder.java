package nl.mediaprotocol.cases;

import java.util.List;
import java.util.Set;

import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * A "sanctieladder" of chapter 4: its steps, and which of them are open next for a case,
 * from what the case did so far and whether the subject had earlier cases. The screen
 * says why a step is not open yet.
 */
public final class SanctionLadder {

	private final SubjectKind kind;

	private final List<LadderProperties.StepDefinition> steps;

	SanctionLadder(SubjectKind kind, LadderProperties.LadderDefinition definition) {
		this.kind = kind;
		this.steps = List.copyOf(definition.steps());
	}

	public SubjectKind kind() {
		return this.kind;
	}

	/** What a case did so far, and whether its subject had earlier cases. */
	public record CaseHistory(Set<String> stepsTaken, boolean subjectHadEarlierCases) {
	}

	/**
	 * A step, whether it is open now, and if not why (a message key and its argument).
	 */
	public record StepOption(String code, String name, StepKind kind, boolean open, @Nullable String reasonKey,
			@Nullable String reasonArgument, @Nullable Role acknowledgedBy) {
	}

	/** Every step with whether it may be taken next. */
	public List<StepOption> nextSteps(CaseHistory history) {
		return this.steps.stream().map(step -> option(step, history)).toList();
	}

	/** Whether a step may be taken next; the same rule as {@link #nextSteps}. */
	public boolean isOpen(String code, CaseHistory history) {
		return nextSteps(history).stream().anyMatch(option -> option.code().equals(code) && option.open());
	}

	/**
	 * Whether a measure taken in this step has effect only after someone's
	 * acknowledgement (4.3: the bestuurder's, for every measure against an employee).
	 */
	public @Nullable Role acknowledgementNeeded(String code) {
		return this.steps.stream()
			.filter(step -> step.code().equals(code))
			.findFirst()
			.map(LadderProperties.StepDefinition::acknowledgedBy)
			.orElse(null);
	}

	/** The steps whose measures take effect only after an acknowledgement. */
	List<String> stepsNeedingAcknowledgement() {
		return this.steps.stream().filter(step -> step.acknowledgedBy() != null).map(step -> step.code()).toList();
	}

	private StepOption option(LadderProperties.StepDefinition step, CaseHistory history) {
		for (String before : step.after()) {
			if (!history.stepsTaken().contains(before)) {
				return new StepOption(step.code(), step.name(), step.kind(), false, "cases.step.needsFirst",
						nameOf(before), step.acknowledgedBy());
			}
		}
		if (step.repetition() && !history.subjectHadEarlierCases()) {
			return new StepOption(step.code(), step.name(), step.kind(), false, "cases.step.needsRepetition", null,
					step.acknowledgedBy());
		}
		return new StepOption(step.code(), step.name(), step.kind(), true, null, null, step.acknowledgedBy());
	}

	public String nameOf(String code) {
		return this.steps.stream()
			.filter(step -> step.code().equals(code))
			.map(LadderProperties.StepDefinition::name)
			.findFirst()
			.orElse(code);
	}

}
