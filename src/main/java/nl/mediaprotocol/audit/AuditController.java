package nl.mediaprotocol.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for the FG and the beheerder: search by person, record, account and
 * period; export as CSV.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('FG', 'BEHEERDER')")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	String search(@ModelAttribute("query") AuditQuery query, @RequestParam(required = false) @Nullable Long before,
			Authentication viewer, Model model) {
		model.addAttribute("zone", this.clock.getZone());
		if (query.hasPeriodBackwards()) {
			model.addAttribute("problem", "audit.search.periodBackwards");
			return "audit/search";
		}
		model.addAttribute("result", this.trail.search(query, viewer, before, PAGE_SIZE));
		return "audit/search";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute AuditQuery query, Authentication viewer, HttpServletResponse response)
			throws IOException {
		if (query.hasPeriodBackwards()) {
			response.sendRedirect("/audit?" + "from=" + query.from() + "&to=" + query.to());
			return;
		}
		String day = DateTimeFormatter.BASIC_ISO_DATE.format(this.clock.instant().atZone(this.clock.getZone()));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audittrail-" + day + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.trail.export(query, viewer, out);
		out.flush();
	}

}
