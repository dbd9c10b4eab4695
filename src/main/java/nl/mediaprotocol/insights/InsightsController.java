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
			@RequestParam(name = "zoek", required = false) @Nullable String unitSearch, Locale locale, Model model) {
		Dashboard.Page page = this.dashboard.page(new Dashboard.Request(user, from, to, unit, locale), unitSearch)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		model.addAttribute("units", page.units());
		return "insights/dashboard";
	}

	/** A big scope's units found by name as the viewer types (htmx): only the choices. */
	@GetMapping("/eenheden")
	String units(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String zoek,
			@RequestParam(required = false) @Nullable String unit, Model model) {
		model.addAttribute("units", this.dashboard.units(user, unit, zoek)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "insights/dashboard :: unitChoices";
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
