package nl.mediaprotocol.screening;

import java.util.List;

import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.screening.PeopleSnapshot.KnownPerson;

/** A small directory, as the demo board has it. */
final class ScreeningFixtures {

	static final PeopleSnapshot SNAPSHOT = new PeopleSnapshot(
			List.of(new KnownPerson("L-1001", Kind.STUDENT, "Noah", null, "Vermeulen"),
					new KnownPerson("L-1002", Kind.STUDENT, "Lucas", null, "Vermeulen"),
					new KnownPerson("L-1020", Kind.STUDENT, "Nora", null, "Vos"),
					new KnownPerson("L-1021", Kind.STUDENT, "Zoë", "van 't", "Hek"),
					new KnownPerson("M-2001", Kind.EMPLOYEE, "Sanne", "de", "Vries"),
					new KnownPerson("R-3001", Kind.GUARDIAN, "Peter", "van den", "Berg")),
			List.of("Klas 3", "VSO-3", "Groep Zonnebloem", "Locatie Woensel (VSO)", "Woensel", "Strijp"),
			List.of("SSOE", "Stichting Speciaal Onderwijs & Expertisecentra", "Autisme Steunpunt", "Route040"));

	static final TextScreener SCREENER = new TextScreener(SNAPSHOT);

	private ScreeningFixtures() {
	}

}
