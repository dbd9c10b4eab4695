package nl.mediaprotocol.insights;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.mediaprotocol.account.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The dashboard page and each figure as a CSV file. */
@Controller
@RequestMapping("/insights")
@PreAuthorize("hasAnyRole('DIRECTEUR', 'BESTUURDER', 'FG')")
class InsightsController {

	private final Dashboard dashboard;

	InsightsController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String unit,
			Locale locale, Model model) {
		model.addAttribute("page", this.dashboard.page(new Dashboard.Request(user, from, to, unit, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "insights/dashboard";
	}

	@GetMapping("/{figure}.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable String figure,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String unit, Locale locale) {
		Figure found = this.dashboard.figure(new Dashboard.Request(user, from, to, unit, locale), figure)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.name() + ".csv").build().toString())
			.body(found.csv(locale).getBytes(StandardCharsets.UTF_8));
	}

}
