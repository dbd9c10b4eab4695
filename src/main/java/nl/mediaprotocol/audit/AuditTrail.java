package nl.mediaprotocol.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and exporting the audit trail, for the FG and the beheerder. Every entry is
 * filtered through {@link AuditVisibility}, and every search and export is itself
 * recorded.
 */
@Service
class AuditTrail {

	private static final int BATCH = 200;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditVisibility visibility;

	private final AuditChain chain;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbcTemplate, AuditVisibility visibility, AuditChain chain,
			ApplicationEventPublisher events, Clock clock) {
		JdbcTemplate streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
		streaming.setFetchSize(BATCH);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.visibility = visibility;
		this.chain = chain;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The newest entries matching the query that the viewer may see, older than
	 * {@code before} when given.
	 */
	@Transactional
	ResultPage search(AuditQuery query, Authentication viewer, @Nullable Long before, int size) {
		AuditVisibility.Check check = this.visibility.forViewer(viewer);
		List<AuditEntry> found = new ArrayList<>();
		Long cursor = before;
		boolean more = true;
		while (found.size() < size && more) {
			AuditQuery.Condition condition = query.condition(this.clock, cursor);
			List<AuditEntry> batch = this.jdbc.query("select * from audit_entries " + condition.sql()
					+ " order by sequence_number desc fetch first " + BATCH + " rows only", condition.params(),
					(rs, row) -> AuditChain.entryFrom(rs));
			more = batch.size() == BATCH;
			for (AuditEntry entry : batch) {
				cursor = entry.sequence();
				if (found.size() == size) {
					more = true;
					break;
				}
				if (check.maySee(entry)) {
					found.add(entry);
				}
			}
		}
		this.events.publishEvent(new AuditTrailRead(AuditTrailRead.Kind.SEARCHED, describe(query)));
		Long olderThan = more && !found.isEmpty() ? found.getLast().sequence() : null;
		return new ResultPage(found, olderThan);
	}

	/** Writes every matching entry the viewer may see as CSV, oldest first. */
	@Transactional
	void export(AuditQuery query, Authentication viewer, Writer out) {
		AuditVisibility.Check check = this.visibility.forViewer(viewer);
		AuditQuery.Condition condition = query.condition(this.clock, null);
		ZoneId zone = this.clock.getZone();
		try {
			CSVPrinter csv = CSVFormat.DEFAULT.builder()
				.setHeader("volgnummer", "tijdstip", "account", "rollen", "handeling", "soort", "record", "persoon",
						"toelichting", "adres", "hash")
				.get()
				.print(out);
			this.jdbc.query("select * from audit_entries " + condition.sql() + " order by sequence_number",
					condition.params(), rs -> {
						AuditEntry entry = AuditChain.entryFrom(rs);
						if (check.maySee(entry)) {
							try {
								csv.printRecord(entry.sequence(), entry.occurredAt().atZone(zone).toOffsetDateTime(),
										cell(entry.actor()), entry.actorRoles(), entry.action(), entry.recordType(),
										cell(entry.recordId()), cell(entry.subjectRef()), cell(entry.details()),
										entry.address(), entry.hash());
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
						}
					});
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.events.publishEvent(new AuditTrailRead(AuditTrailRead.Kind.EXPORTED, describe(query)));
	}

	ChainVerification verify() {
		ChainVerification verification = this.chain.verify();
		this.events.publishEvent(new AuditTrailRead(AuditTrailRead.Kind.VERIFIED,
				verification.valid() ? "valid, " + verification.entries() + " entries"
						: "broken at " + verification.brokenAt() + ": " + verification.problem()));
		return verification;
	}

	private static String describe(AuditQuery query) {
		List<String> parts = new ArrayList<>();
		add(parts, "person", query.person());
		add(parts, "recordType", query.recordType());
		add(parts, "recordId", query.recordId());
		add(parts, "account", query.account());
		add(parts, "from", query.from());
		add(parts, "to", query.to());
		return parts.isEmpty() ? "everything" : String.join(", ", parts);
	}

	private static void add(List<String> parts, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			parts.add(name + "=" + value.toString().strip());
		}
	}

	record ResultPage(List<AuditEntry> entries, @Nullable Long olderThan) {
	}

	/**
	 * A value a spreadsheet opens as text, never as a formula (CSV injection): what
	 * starts like a formula gets a leading apostrophe. The audit module stands below the
	 * shared one in system, so it keeps its own.
	 */
	static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}
