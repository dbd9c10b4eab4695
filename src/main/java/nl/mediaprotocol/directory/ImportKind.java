package nl.mediaprotocol.directory;

import java.util.List;

/**
 * What a directory CSV file holds. Import them in this order: each refers to the ones
 * before.
 */
public enum ImportKind {

	UNITS(List.of(Column.required("code"), Column.required("naam", "name"), Column.required("soort", "type", "kind"),
			Column.optional("bovenliggend", "bovenliggendeeenheid", "valtonder", "parent"))),

	GROUPS(List.of(Column.required("code", "groepcode", "groep"), Column.required("naam", "groepsnaam", "name"),
			Column.required("eenheid", "locatie", "vestiging", "unit"), Column.optional("schooljaar", "schoolyear"))),

	EMPLOYEES(List.of(Column.required("personeelsnummer", "medewerkernummer", "ref", "staffnumber"),
			Column.required("voornaam", "roepnaam", "firstname"),
			Column.optional("tussenvoegsel", "tussenvoegsels", "prefix"), Column.required("achternaam", "lastname"),
			Column.required("functie", "function"), Column.required("eenheid", "unit"),
			Column.optional("leidinggevende", "manager"), Column.optional("email", "emailadres"),
			Column.optional("groepen", "groups"))),

	STUDENTS(List.of(Column.required("leerlingnummer", "ref", "studentnumber"),
			Column.required("voornaam", "roepnaam", "firstname"),
			Column.optional("tussenvoegsel", "tussenvoegsels", "prefix"), Column.required("achternaam", "lastname"),
			Column.required("geboortedatum", "dateofbirth"), Column.required("groep", "group"),
			Column.optional("schooljaar", "schoolyear"))),

	GUARDIANS(List.of(Column.required("relatienummer", "ref", "guardiannumber"),
			Column.required("voornaam", "roepnaam", "firstname"),
			Column.optional("tussenvoegsel", "tussenvoegsels", "prefix"), Column.required("achternaam", "lastname"),
			Column.optional("email", "emailadres"), Column.optional("telefoon", "telefoonnummer", "mobiel", "phone"),
			Column.required("leerlingen", "leerlingnummers", "kinderen", "students")));

	private final List<Column> columns;

	ImportKind(List<Column> columns) {
		this.columns = columns;
	}

	public List<Column> columns() {
		return this.columns;
	}

	/**
	 * A column by its Dutch name, which is also how the report names it, with the other
	 * headers administrations use for it.
	 */
	public record Column(String name, List<String> aliases, boolean required) {

		static Column required(String name, String... aliases) {
			return new Column(name, List.of(aliases), true);
		}

		static Column optional(String name, String... aliases) {
			return new Column(name, List.of(aliases), false);
		}

		boolean matches(String normalizedHeader) {
			return this.name.equals(normalizedHeader) || this.aliases.contains(normalizedHeader);
		}

	}

}
