package nl.mediaprotocol.directory;

import org.jspecify.annotations.Nullable;

/**
 * A Dutch name: first name, the prefix ("tussenvoegsel", such as "van der") and the last
 * name.
 */
record PersonName(String firstName, @Nullable String lastNamePrefix, String lastName) {

	PersonName {
		lastNamePrefix = lastNamePrefix == null || lastNamePrefix.isBlank() ? null : lastNamePrefix.strip();
	}

	/** The last name as written after a first name: "de Vries". */
	String fullLastName() {
		return this.lastNamePrefix == null ? this.lastName : this.lastNamePrefix + " " + this.lastName;
	}

	/** "Sanne de Vries". */
	String display() {
		return this.firstName + " " + fullLastName();
	}

	/** "Vries, Sanne de": how Dutch lists sort, on the last name without its prefix. */
	String sortable() {
		return this.lastName + ", " + this.firstName + (this.lastNamePrefix == null ? "" : " " + this.lastNamePrefix);
	}

}
