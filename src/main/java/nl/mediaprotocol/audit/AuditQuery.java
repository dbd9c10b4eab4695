package nl.mediaprotocol.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What to look for in the audit trail: entries about a person, a record, by an account,
 * within a period (both days included, in the board's time zone). Empty fields match
 * everything.
 */
record AuditQuery(@Nullable String person, @Nullable String recordType, @Nullable String recordId,
		@Nullable String account, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	boolean hasPeriodBackwards() {
		return this.from != null && this.to != null && this.to.isBefore(this.from);
	}

	/** The SQL condition and its parameters, starting with {@code where}. */
	Condition condition(Clock clock, @Nullable Long before) {
		List<String> terms = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (has(this.person)) {
			terms.add("subject_ref = :person");
			params.put("person", this.person.strip());
		}
		if (has(this.recordType)) {
			terms.add("record_type = :recordType");
			params.put("recordType", this.recordType.strip().toUpperCase(Locale.ROOT));
		}
		if (has(this.recordId)) {
			terms.add("record_id = :recordId");
			params.put("recordId", this.recordId.strip());
		}
		if (has(this.account)) {
			terms.add("actor = :account");
			params.put("account", this.account.strip().toLowerCase(Locale.ROOT));
		}
		if (this.from != null) {
			terms.add("occurred_at >= :from");
			params.put("from", startOf(this.from, clock));
		}
		if (this.to != null) {
			terms.add("occurred_at < :to");
			params.put("to", startOf(this.to.plusDays(1), clock));
		}
		if (before != null) {
			terms.add("sequence_number < :before");
			params.put("before", before);
		}
		return new Condition(terms.isEmpty() ? "" : "where " + String.join(" and ", terms), params);
	}

	private static OffsetDateTime startOf(LocalDate day, Clock clock) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static boolean has(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	record Condition(String sql, Map<String, Object> params) {
	}

}
