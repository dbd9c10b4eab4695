package nl.mediaprotocol.consent;

import java.util.List;

/**
 * How far a group has answered: per student whether consent was given for at least one
 * use, refused for every use, or is still open.
 */
record Coverage(String group, long groupId, int consented, int refused, int open, List<StudentState> students) {

	enum State {

		/** At least one yes counts. */
		CONSENTED,
		/** Answered, and nothing is allowed. */
		REFUSED,
		/** Nobody who decides has answered. */
		OPEN

	}

	record StudentState(String ref, String name, State state) {
	}

	int answered() {
		return this.consented + this.refused;
	}

	static State stateOf(List<ConsentDecision> answers) {
		if (answers.stream().anyMatch(ConsentDecision::allowed)) {
			return State.CONSENTED;
		}
		boolean answered = answers.stream()
			.anyMatch(answer -> answer.decidedBy() != Decider.NONE
					|| answer.reason() == ConsentReason.STUDENT_DECIDES_NOW);
		return answered ? State.REFUSED : State.OPEN;
	}

}
