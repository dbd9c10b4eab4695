package nl.mediaprotocol.reporting;

import java.time.LocalDate;
import java.util.Optional;

import nl.mediaprotocol.account.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report handed to whoever takes it further, e.g. into a case: only to someone who may
 * handle it, and only what they need to start with. Never who an anonymous reporter is.
 */
@Service
@Transactional
public class ReportHandoff {

	private final Reports reports;

	private final ReportingPoint point;

	private final ApplicationEventPublisher events;

	ReportHandoff(Reports reports, ReportingPoint point, ApplicationEventPublisher events) {
		this.reports = reports;
		this.point = point;
		this.events = events;
	}

	/**
	 * A report as handed over.
	 *
	 * @param categoryKey the message key of its category
	 * @param possibleSexualOffenceByStaff whether the statutory path applies
	 * @param suggestsCrime whether the police step of 3.1.9 and 4.5 is to be considered
	 */
	public record HandedReport(long id, String categoryKey, boolean possibleSexualOffenceByStaff, boolean suggestsCrime,
			String unitCode, String what, @Nullable String involved, @Nullable LocalDate happenedOn) {
	}

	/** The report, when the user may handle it; the read is audited. */
	public Optional<HandedReport> forHandler(CurrentUser user, long id) {
		Optional<Report> report = this.reports.find(id).filter(found -> this.point.mayHandle(user, found));
		report.ifPresent(found -> this.events.publishEvent(new ReportEvent(id, "READ", false, null)));
		return report.map(found -> new HandedReport(found.id(), "reporting.category." + found.category().name(),
				found.category().goesToBestuurDirectly(), found.category().suggestsCrime(), found.unitCode(),
				found.what(), found.involved(), found.happenedOn()));
	}

	/** Records in the report's trail that a case was opened from it. */
	public void caseOpened(long reportId, long caseId) {
		this.events.publishEvent(new ReportEvent(reportId, "CASE_OPENED", false, "case " + caseId));
	}

}
