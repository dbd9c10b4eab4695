package nl.mediaprotocol.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * The statutory duty on a possible sexual offence by a staff member against a minor
 * student (meldplicht and aangifteplicht of the education acts): every employee informs
 * the bestuur directly, not through a school leader; the bestuur consults the
 * vertrouwensinspecteur at once; on a reasonable suspicion the bestuur reports to the
 * police. Each step is recorded with its time and person; the case does not close before
 * the path is complete.
 */
public final class StatutoryPath {

	/** The steps in their order, with who may record them. */
	public enum Step {

		BESTUUR_INFORMED(CaseEntry.Kind.BESTUUR_INFORMED, null),
		INSPECTOR_CONSULTED(CaseEntry.Kind.INSPECTOR_CONSULTED, Role.BESTUURDER),
		SUSPICION_ASSESSED(null, Role.BESTUURDER), POLICE_REPORT(CaseEntry.Kind.POLICE_REPORT, Role.BESTUURDER);

		private final CaseEntry.@Nullable Kind kind;

		private final @Nullable Role recordedBy;

		Step(CaseEntry.@Nullable Kind kind, @Nullable Role recordedBy) {
			this.kind = kind;
			this.recordedBy = recordedBy;
		}

		/** Who records this step; anyone who may see the case when empty. */
		public @Nullable Role recordedBy() {
			return this.recordedBy;
		}

	}

	/** Where a step stands: done (by whom, when), next, later, or not needed. */
	public record StepState(Step step, State state, @Nullable CaseEntry entry) {

		public enum State {

			DONE, NEXT, LATER, NOT_NEEDED

		}

		public boolean isNext() {
			return this.state == State.NEXT;
		}

	}

	private final List<StepState> states;

	private StatutoryPath(List<StepState> states) {
		this.states = states;
	}

	/** The path of a case from its timeline (corrections do not undo a step). */
	static StatutoryPath of(List<CaseEntry> entries) {
		List<StepState> states = new ArrayList<>();
		boolean before = true;
		for (Step step : Step.values()) {
			Optional<CaseEntry> done = entries.stream().filter(entry -> matches(step, entry)).findFirst();
			if (step == Step.POLICE_REPORT && found(entries, CaseEntry.Kind.SUSPICION_NOT_REASONABLE)) {
				states.add(new StepState(step, StepState.State.NOT_NEEDED, null));
			}
			else if (done.isPresent()) {
				states.add(new StepState(step, StepState.State.DONE, done.get()));
			}
			else {
				states.add(new StepState(step, before ? StepState.State.NEXT : StepState.State.LATER, null));
				before = false;
			}
		}
		return new StatutoryPath(List.copyOf(states));
	}

	public List<StepState> steps() {
		return this.states;
	}

	/** The step to record next, if the path is not complete. */
	public Optional<Step> next() {
		return this.states.stream().filter(StepState::isNext).map(StepState::step).findFirst();
	}

	public boolean isComplete() {
		return next().isEmpty();
	}

	private static boolean matches(Step step, CaseEntry entry) {
		if (step == Step.SUSPICION_ASSESSED) {
			return entry.kind() == CaseEntry.Kind.SUSPICION_REASONABLE
					|| entry.kind() == CaseEntry.Kind.SUSPICION_NOT_REASONABLE;
		}
		return entry.kind() == step.kind;
	}

	private static boolean found(List<CaseEntry> entries, CaseEntry.Kind kind) {
		return entries.stream().anyMatch(entry -> entry.kind() == kind);
	}

}
