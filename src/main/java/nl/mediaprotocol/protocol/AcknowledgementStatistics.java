package nl.mediaprotocol.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many employees confirmed the protocol in force (3.1.4), per unit, for the
 * dashboards of the school safety plan (1.2): the numbers behind the
 * {@link AcknowledgementOverview}, over the employees the viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementStatistics {

	private final Protocol protocol;

	private final Directory directory;

	AcknowledgementStatistics(Protocol protocol, Directory directory) {
		this.protocol = protocol;
		this.directory = directory;
	}

	/** The version in force and, per unit, how many of its employees confirmed it. */
	public record Figures(int version, List<Row> rows) {
	}

	/**
	 * The employees of one unit ({@code null}: without a unit) and how many confirmed.
	 */
	public record Row(@Nullable String unitCode, int employees, int confirmed) {
	}

	/**
	 * Nothing when no version is in force yet. Counted in the database: nobody's record
	 * is read.
	 */
	public Optional<Figures> perUnit(CurrentUser viewer) {
		return this.protocol.versionInForce()
			.map(version -> new Figures(version,
					this.directory.tallyPerUnit(viewer, PersonKind.EMPLOYEE,
							"select a.person_ref from protocol_acknowledgements a where a.version_number = :version",
							Map.of("version", version))
						.stream()
						.map(tally -> new Row(tally.unitCode(), tally.people(), tally.marked()))
						.toList()));
	}

}
