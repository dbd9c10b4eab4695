package nl.mediaprotocol.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The rules of article 3.1.6 and of the Autoriteit Persoonsgegevens on consent for image
 * and sound, as one pure function of a person, a purpose and the decisions made.
 */
final class ConsentRules {

	private final ZoneId zone;

	private final boolean guardianConsentLapsesAt16;

	ConsentRules(ZoneId zone, boolean guardianConsentLapsesAt16) {
		this.zone = zone;
		this.guardianConsentLapsesAt16 = guardianConsentLapsesAt16;
	}

	/**
	 * Why the given person may not decide for the subject on the given day, if they may
	 * not.
	 */
	Optional<RefusalReason> refusalOf(Subject subject, String deciderRef, Instant when) {
		LocalDate day = when.atZone(this.zone).toLocalDate();
		boolean self = deciderRef.equals(subject.ref());
		boolean guardian = subject.isStudent() && subject.guardianRefs().contains(deciderRef);
		if (!self && !guardian) {
			return Optional.of(RefusalReason.NOT_ENTITLED);
		}
		boolean studentDecides = subject.decidesForThemselvesOn(day);
		if (self && !studentDecides) {
			// 3.1.6: under 16, the guardians decide
			return Optional.of(RefusalReason.GUARDIANS_DECIDE_UNDER_16);
		}
		if (guardian && studentDecides) {
			// 3.1.6: from 16, the student decides
			return Optional.of(RefusalReason.STUDENT_DECIDES_FROM_16);
		}
		return Optional.empty();
	}

	/**
	 * The answer at a moment, from the decisions about this subject, purpose and medium
	 * (in any order, also later ones, which are ignored).
	 * @param textInForce the version of the purpose's text in force at that moment
	 */
	ConsentDecision decide(Subject subject, String purpose, Medium medium, boolean purposeActive, int textInForce,
			List<RecordedDecision> decisions, Instant at) {
		if (!purposeActive) {
			return answer(subject, purpose, medium, false, Decider.NONE, ConsentReason.PURPOSE_INACTIVE, null);
		}
		List<RecordedDecision> made = decisions.stream()
			.filter(decision -> !decision.decidedAt().isAfter(at))
			.sorted(Comparator.comparing(RecordedDecision::decidedAt).thenComparing(RecordedDecision::id))
			.toList();
		List<RecordedDecision> current = made.stream()
			.filter(decision -> decision.textVersion() == textInForce)
			.toList();
		if (current.isEmpty() && !made.isEmpty()) {
			// consent to an earlier text does not cover a changed use
			return answer(subject, purpose, medium, false, Decider.NONE, ConsentReason.NEW_CONSENT_NEEDED, null);
		}
		LocalDate day = at.atZone(this.zone).toLocalDate();
		if (!subject.isStudent()) {
			return own(subject, purpose, medium, current, subject.deciderOn(day));
		}
		if (subject.decidesForThemselvesOn(day)) {
			List<RecordedDecision> ownDecisions = current.stream()
				.filter(decision -> decision.decidedByRef().equals(subject.ref()))
				.toList();
			if (!ownDecisions.isEmpty()) {
				return own(subject, purpose, medium, ownDecisions, Decider.STUDENT);
			}
			ConsentDecision guardians = guardians(subject, purpose, medium, current);
			if (guardians.decidedBy() == Decider.NONE) {
				return guardians;
			}
			if (this.guardianConsentLapsesAt16) {
				return answer(subject, purpose, medium, false, Decider.NONE, ConsentReason.STUDENT_DECIDES_NOW, null);
			}
			return answer(subject, purpose, medium, guardians.allowed(), Decider.GUARDIAN,
					ConsentReason.GUARDIANS_DECISION_STANDS, guardians.since());
		}
		return guardians(subject, purpose, medium, current);
	}

	private ConsentDecision own(Subject subject, String purpose, Medium medium, List<RecordedDecision> decisions,
			Decider decider) {
		Optional<RecordedDecision> latest = decisions.stream()
			.filter(decision -> decision.decidedByRef().equals(subject.ref()))
			.reduce((first, second) -> second);
		return latest
			.map(decision -> answer(subject, purpose, medium, decision.granted(), decider,
					decision.granted() ? ConsentReason.CONSENTED : ConsentReason.REFUSED, decision.decidedAt()))
			.orElseGet(() -> answer(subject, purpose, medium, false, Decider.NONE, ConsentReason.NO_DECISION, null));
	}

	/**
	 * The guardians' answer: each guardian's latest decision counts; one no is a no, a
	 * yes with no no is a yes. Only decisions of the student's guardians count.
	 */
	private ConsentDecision guardians(Subject subject, String purpose, Medium medium,
			List<RecordedDecision> decisions) {
		Map<String, RecordedDecision> latestPerGuardian = new HashMap<>();
		for (RecordedDecision decision : decisions) {
			if (decision.decidedBy() == Decider.GUARDIAN && subject.guardianRefs().contains(decision.decidedByRef())) {
				latestPerGuardian.put(decision.decidedByRef(), decision);
			}
		}
		if (latestPerGuardian.isEmpty()) {
			return answer(subject, purpose, medium, false, Decider.NONE, ConsentReason.NO_DECISION, null);
		}
		Optional<RecordedDecision> firstNo = latestPerGuardian.values()
			.stream()
			.filter(decision -> !decision.granted())
			.min(Comparator.comparing(RecordedDecision::decidedAt));
		if (firstNo.isPresent()) {
			return answer(subject, purpose, medium, false, Decider.GUARDIAN, ConsentReason.GUARDIAN_REFUSED,
					firstNo.get().decidedAt());
		}
		Instant since = latestPerGuardian.values()
			.stream()
			.map(RecordedDecision::decidedAt)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		return answer(subject, purpose, medium, true, Decider.GUARDIAN, ConsentReason.GUARDIAN_CONSENTED, since);
	}

	private static ConsentDecision answer(Subject subject, String purpose, Medium medium, boolean allowed,
			Decider decider, ConsentReason reason, @Nullable Instant since) {
		return new ConsentDecision(subject.ref(), purpose, medium, allowed, decider, reason, since);
	}

}
