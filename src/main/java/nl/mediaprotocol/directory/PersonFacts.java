package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What another module needs to know about a person to apply the protocol's rules to them,
 * whoever asks: who decides for them, where they belong, how to reach them. A module that
 * shows these facts to someone checks first that they may see the person
 * ({@link Directory#person}).
 *
 * @param guardianRefs for a student: the refs of their guardians
 * @param studentRefs for a guardian: the refs of their children
 * @param managerRef for an employee: the ref of their manager, if known
 */
public record PersonFacts(String ref, PersonKind kind, String firstName, String displayName,
		@Nullable LocalDate dateOfBirth, @Nullable String unitCode, @Nullable Long groupId, @Nullable String email,
		List<String> guardianRefs, List<String> studentRefs, @Nullable String managerRef) {

	/** The first name and the initial of the last name: enough for a classroom list. */
	public String shortName() {
		String[] parts = this.displayName.split(" ");
		String last = parts[parts.length - 1];
		return this.firstName + (last.isEmpty() || parts.length < 2 ? "" : " " + last.charAt(0) + ".");
	}

}
