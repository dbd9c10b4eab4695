package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person as one viewer may see them: fields their roles do not allow are left empty.
 */
public record PersonView(String ref, PersonKind kind, String firstName, String lastName, String displayName,
		Detail detail, @Nullable UnitLabel unit, @Nullable GroupLabel group, @Nullable String function,
		@Nullable LocalDate dateOfBirth, @Nullable Integer age, @Nullable String email, @Nullable String phone,
		@Nullable PersonLabel manager, List<PersonLabel> guardians, List<PersonLabel> students,
		List<GroupLabel> teaches) {

	/** A unit by code and name. */
	public record UnitLabel(String code, String name) {
	}

	/** A group by code, name and school year. */
	public record GroupLabel(long id, String code, String name, String schoolYear) {
	}

	/** A link to another person the viewer may see. */
	public record PersonLabel(String ref, String displayName) {
	}

}
