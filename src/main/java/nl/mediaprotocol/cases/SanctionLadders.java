package nl.mediaprotocol.cases;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The board's ladders, one per kind of subject. */
@Component
public class SanctionLadders {

	private final Map<SubjectKind, SanctionLadder> ladders = new EnumMap<>(SubjectKind.class);

	SanctionLadders(LadderProperties properties) {
		properties.ladders()
			.forEach((kind, definition) -> this.ladders.put(kind, new SanctionLadder(kind, definition)));
	}

	public SanctionLadder forSubject(SubjectKind kind) {
		return this.ladders.get(kind);
	}

}
