package nl.mediaprotocol.screening;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The people, places and organisation names screening must know, taken from the directory
 * at one moment.
 *
 * @param people students, guardians and employees
 * @param places names and codes of groups and units ("Klas 3", "Locatie Woensel")
 * @param organisation the board's own names ("SSOE", its full name, its schools and
 * services)
 * @param identifiers the board's own phone numbers, mailboxes, accounts and addresses,
 * which are no personal data
 */
record PeopleSnapshot(List<KnownPerson> people, List<String> places, List<String> organisation,
		OrganisationIdentifiers identifiers) {

	PeopleSnapshot(List<KnownPerson> people, List<String> places, List<String> organisation) {
		this(people, places, organisation, OrganisationIdentifiers.NONE);
	}

	/** A person in the directory; kind decides how sensitive their name is. */
	record KnownPerson(String ref, Kind kind, String firstName, @Nullable String prefix, String lastName) {

		String fullLastName() {
			return this.prefix == null || this.prefix.isBlank() ? this.lastName : this.prefix + " " + this.lastName;
		}

	}

	/** In order of sensitivity: a student's name weighs most. */
	enum Kind {

		STUDENT, GUARDIAN, EMPLOYEE;

		private final String category = name().toLowerCase(java.util.Locale.ROOT);

		String category() {
			return this.category;
		}

	}

}
