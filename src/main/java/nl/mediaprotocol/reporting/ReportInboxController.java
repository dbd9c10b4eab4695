package nl.mediaprotocol.reporting;

import nl.mediaprotocol.account.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recipients' inbox: acknowledge, ask, classify, share, close. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
class ReportInboxController {

	private final ReportingPoint point;

	ReportInboxController(ReportingPoint point) {
		this.point = point;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reports", this.point.inbox(user));
		return "reporting/inbox";
	}

	@GetMapping("/{id}")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.point.open(user, id));
		model.addAttribute("messages", this.point.messages(id));
		model.addAttribute("evidence", this.point.evidence(id));
		model.addAttribute("sharedWith", this.point.sharedWith(id));
		model.addAttribute("categories", ReportCategory.values());
		return "reporting/report";
	}

	@GetMapping("/{id}/evidence/{evidence}")
	ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long evidence) {
		this.point.open(user, id);
		return this.point.evidence(id)
			.stream()
			.filter(item -> item.id() == evidence)
			.findFirst()
			.map(item -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(item.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + item.fileName() + "\"")
				.body(this.point.content(item)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.point.acknowledge(user, id);
		return done(id, redirect, "reporting.handled.acknowledged");
	}

	@PostMapping("/{id}/ask")
	String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String question,
			RedirectAttributes redirect) {
		this.point.ask(user, id, question);
		return done(id, redirect, "reporting.handled.asked");
	}

	@PostMapping("/{id}/classify")
	String classify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam ReportCategory category, RedirectAttributes redirect) {
		this.point.reclassify(user, id, category);
		return done(id, redirect, "reporting.handled.classified");
	}

	@PostMapping("/{id}/share")
	String share(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String username,
			RedirectAttributes redirect) {
		this.point.share(user, id, username);
		return done(id, redirect, "reporting.handled.shared");
	}

	@PostMapping("/{id}/police")
	String police(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.point.policeStepDone(user, id);
		return done(id, redirect, "reporting.handled.police");
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String reason,
			RedirectAttributes redirect) {
		this.point.close(user, id, reason);
		return done(id, redirect, "reporting.handled.closed");
	}

	@ExceptionHandler(ReportRefused.class)
	org.springframework.web.servlet.ModelAndView refused(ReportRefused ex, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		if ("reporting.refused.notFound".equals(ex.messageKey())) {
			// handled here, shown by the error page like any other 404
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new org.springframework.web.servlet.ModelAndView();
		}
		redirect.addFlashAttribute("problem", ex.messageKey());
		return new org.springframework.web.servlet.ModelAndView(
				"redirect:" + request.getRequestURI().replaceFirst("^(/reports/\\d+).*$", "$1"));
	}

	private static String done(long id, RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("done", key);
		return "redirect:/reports/" + id;
	}

}
