package nl.mediaprotocol.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an organisation unit is; the Dutch word is how a student administration names it.
 */
public enum UnitKind {

	BOARD("bestuur"), SCHOOL("school"), LOCATION("locatie"), SERVICE("dienst");

	private final String dutch;

	UnitKind(String dutch) {
		this.dutch = dutch;
	}

	public String dutch() {
		return this.dutch;
	}

	static Optional<UnitKind> parse(String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(kind -> kind.dutch.equals(wanted) || kind.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

}
