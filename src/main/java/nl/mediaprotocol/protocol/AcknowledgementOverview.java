package nl.mediaprotocol.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.mediaprotocol.directory.PersonView;
import org.jspecify.annotations.Nullable;

/**
 * Per unit, which employees have and have not yet confirmed a version of the protocol.
 */
record AcknowledgementOverview(int version, List<UnitAcknowledgements> units) {

	static AcknowledgementOverview of(int version, List<PersonView> employees, Map<String, Instant> acknowledged,
			ZoneId zone) {
		Map<String, List<PersonView>> byUnit = employees.stream()
			.collect(Collectors.groupingBy(employee -> employee.unit() == null ? "" : employee.unit().name(),
					LinkedHashMap::new, Collectors.toList()));
		List<UnitAcknowledgements> units = byUnit.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new UnitAcknowledgements(entry.getKey(),
					entry.getValue()
						.stream()
						.map(employee -> new EmployeeAcknowledgement(employee.ref(), employee.displayName(),
								employee.function(), dayOf(acknowledged.get(employee.ref()), zone)))
						.sorted(Comparator.comparing(EmployeeAcknowledgement::confirmed)
							.thenComparing(EmployeeAcknowledgement::name))
						.toList()))
			.toList();
		return new AcknowledgementOverview(version, units);
	}

	private static @Nullable LocalDate dayOf(@Nullable Instant moment, ZoneId zone) {
		return moment == null ? null : LocalDate.ofInstant(moment, zone);
	}

	record UnitAcknowledgements(String unit, List<EmployeeAcknowledgement> employees) {

		public long missing() {
			return this.employees.stream().filter(employee -> !employee.confirmed()).count();
		}

	}

	record EmployeeAcknowledgement(String ref, String name, @Nullable String function,
			@Nullable LocalDate acknowledgedOn) {

		public boolean confirmed() {
			return this.acknowledgedOn != null;
		}

	}

}
