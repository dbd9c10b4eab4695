package nl.mediaprotocol.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.mediaprotocol.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The board's sanction ladders, one per kind of subject, as its ladder file gives them
 * ({@code cases/ladders-ssoe.yml} by default). Checked at start-up: a ladder that cannot
 * work stops the application with a message that names the fault.
 */
@Validated
@ConfigurationProperties("mediaprotocol.cases")
record LadderProperties(@NotNull @Valid Map<SubjectKind, LadderDefinition> ladders) {

	LadderProperties {
		for (SubjectKind kind : SubjectKind.values()) {
			if (!ladders.containsKey(kind)) {
				throw new IllegalArgumentException("The ladder file has no ladder for " + kind.name().toLowerCase());
			}
		}
		ladders.forEach((kind, ladder) -> ladder.check(kind));
	}

	record LadderDefinition(@Nullable String article, @NotEmpty @Valid List<StepDefinition> steps) {

		void check(SubjectKind kind) {
			Set<String> seen = new HashSet<>();
			for (StepDefinition step : this.steps) {
				String where = "Ladder " + kind.name().toLowerCase() + ", step '" + step.code() + "': ";
				if (!seen.add(step.code())) {
					throw new IllegalArgumentException(where + "the code is used twice");
				}
				for (String before : step.after()) {
					if (!seen.contains(before)) {
						throw new IllegalArgumentException(
								where + "'after' names '" + before + "', which is not a step above it");
					}
				}
			}
			StepDefinition first = this.steps.getFirst();
			if (first.kind() != StepKind.CONVERSATION || !first.after().isEmpty() || first.repetition()) {
				throw new IllegalArgumentException("Ladder " + kind.name().toLowerCase()
						+ ": the first step must be a conversation that is open from the start (4.3, 4.4)");
			}
			for (StepDefinition step : this.steps) {
				if (step.kind() == StepKind.MEASURE && step.after().isEmpty()) {
					throw new IllegalArgumentException("Ladder " + kind.name().toLowerCase() + ", step '" + step.code()
							+ "': a measure needs a conversation before it ('after')");
				}
			}
		}

	}

	record StepDefinition(@NotBlank String code, @NotBlank String name, @NotNull StepKind kind,
			@Nullable List<String> after, boolean repetition, @Nullable Role acknowledgedBy, @Nullable String article) {

		StepDefinition {
			after = after == null ? List.of() : List.copyOf(after);
		}

	}

}
