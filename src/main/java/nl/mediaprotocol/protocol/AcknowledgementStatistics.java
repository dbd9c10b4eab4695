package nl.mediaprotocol.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonView;
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

	private final Acknowledgements acknowledgements;

	private final Directory directory;

	AcknowledgementStatistics(Protocol protocol, Acknowledgements acknowledgements, Directory directory) {
		this.protocol = protocol;
		this.acknowledgements = acknowledgements;
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

	/** Nothing when no version is in force yet. */
	public Optional<Figures> perUnit(CurrentUser viewer) {
		return this.protocol.versionInForce().map(version -> {
			Map<String, Instant> confirmed = this.acknowledgements.acknowledgedAt(version);
			Map<String, int[]> counts = new TreeMap<>();
			for (PersonView employee : this.directory.everyone(viewer, PersonKind.EMPLOYEE)) {
				int[] count = counts.computeIfAbsent(employee.unit() == null ? "" : employee.unit().code(),
						unit -> new int[2]);
				count[0]++;
				if (confirmed.containsKey(employee.ref())) {
					count[1]++;
				}
			}
			return new Figures(version,
					counts.entrySet()
						.stream()
						.map(count -> new Row(count.getKey().isEmpty() ? null : count.getKey(), count.getValue()[0],
								count.getValue()[1]))
						.toList());
		});
	}

}
