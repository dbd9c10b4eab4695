package nl.mediaprotocol.reporting;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reporting point's own pages, open to everyone: make a report, anonymously too, and
 * follow it up with the receipt (3.1.10).
 */
@Controller
@RequestMapping("/meldpunt")
class ReportFormController {

	private final ReportingPoint point;

	/**
	 * Up to this many units, the form lists them all in one list, as a small board needs;
	 * a bigger board's reporter looks their school or location up by name.
	 */
	static final int UNITS_IN_ONE_LIST = 200;

	/** The most units a look-up shows; more asks for more of the name. */
	static final int UNITS_FOUND = 20;

	private final Directory directory;

	ReportFormController(ReportingPoint point, Directory directory) {
		this.point = point;
		this.directory = directory;
	}

	@GetMapping
	String form(Model model) {
		return form(model, null);
	}

	@PostMapping
	String file(@AuthenticationPrincipal @Nullable CurrentUser reporter, @RequestParam ReportCategory category,
			@RequestParam(defaultValue = "false") boolean sexualImages, @RequestParam String what,
			@RequestParam(required = false) @Nullable String platform,
			@RequestParam(required = false) @Nullable String link,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate happenedOn,
			@RequestParam(required = false) @Nullable String involved,
			@RequestParam(required = false, defaultValue = "") String unit, @RequestParam Level addressedTo,
			@RequestParam(name = "images", required = false) @Nullable List<MultipartFile> images,
			HttpServletRequest request, Model model) throws IOException {
		ReportingPoint.Draft draft = new ReportingPoint.Draft(category, sexualImages, what, platform, link, happenedOn,
				involved, unit, addressedTo);
		try {
			ReportingPoint.Receipt receipt = this.point.file(draft, reporter, images == null ? List.of() : images,
					request.getRemoteAddr());
			model.addAttribute("receipt", receipt);
			return "reporting/receipt";
		}
		catch (ReportRefused ex) {
			model.addAttribute("problem", ex.messageKey());
			return form(model, draft);
		}
	}

	/**
	 * Looks a unit up by name for a big board, without JavaScript: the whole form comes
	 * back as the reporter filled it (the images aside), with the units found.
	 */
	@PostMapping("/eenheden")
	String findUnit(@RequestParam(required = false) @Nullable ReportCategory category,
			@RequestParam(defaultValue = "false") boolean sexualImages, @RequestParam(defaultValue = "") String what,
			@RequestParam(required = false) @Nullable String platform,
			@RequestParam(required = false) @Nullable String link,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate happenedOn,
			@RequestParam(required = false) @Nullable String involved,
			@RequestParam(required = false, defaultValue = "") String unit,
			@RequestParam(required = false) @Nullable Level addressedTo, @RequestParam(defaultValue = "") String zoek,
			Model model) {
		ReportingPoint.Draft draft = new ReportingPoint.Draft(category == null ? ReportCategory.values()[0] : category,
				sexualImages, what, platform, link, happenedOn, involved, unit,
				addressedTo == null ? Level.values()[0] : addressedTo);
		model.addAttribute("draft", draft);
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("levels", Level.values());
		addUnits(model, unit, zoek);
		return "reporting/form";
	}

	/** The same look-up as the reporter types (htmx): only the units found. */
	@GetMapping("/eenheden")
	String units(@RequestParam(defaultValue = "") String zoek,
			@RequestParam(required = false, defaultValue = "") String unit, Model model) {
		addUnits(model, unit, zoek);
		return "reporting/form :: unitChoices";
	}

	@GetMapping("/volgen")
	String followForm() {
		return "reporting/follow";
	}

	/** The anonymous reporter reads replies with the receipt code and secret. */
	@PostMapping("/volgen")
	String follow(@RequestParam String code, @RequestParam String secret, HttpServletRequest request, Model model) {
		try {
			this.point.follow(code, secret, request.getRemoteAddr()).ifPresentOrElse(report -> {
				model.addAttribute("report", report);
				model.addAttribute("messages", this.point.messages(report.id()));
				model.addAttribute("code", code);
				model.addAttribute("secret", secret);
			}, () -> model.addAttribute("problem", "reporting.follow.unknown"));
		}
		catch (ReportRefused ex) {
			model.addAttribute("problem", ex.messageKey());
		}
		return "reporting/follow";
	}

	@PostMapping("/volgen/aanvullen")
	String add(@RequestParam String code, @RequestParam String secret, @RequestParam String text,
			HttpServletRequest request, Model model) {
		try {
			this.point.addFromReporter(code, secret, text, request.getRemoteAddr());
			model.addAttribute("done", "reporting.follow.added");
		}
		catch (ReportRefused ex) {
			model.addAttribute("problem", ex.messageKey());
		}
		return follow(code, secret, request, model);
	}

	private String form(Model model, ReportingPoint.@Nullable Draft draft) {
		model.addAttribute("draft", draft);
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("levels", Level.values());
		addUnits(model, draft == null ? "" : draft.unitCode(), "");
		return "reporting/form";
	}

	/**
	 * The units to choose from: all of them in one list for a small board; for a big one
	 * (8,001 units nationally) the chosen one and those whose name holds the text looked
	 * for.
	 */
	private void addUnits(Model model, String chosen, String search) {
		if (this.directory.unitCount() <= UNITS_IN_ONE_LIST) {
			model.addAttribute("units", this.directory.unitTree());
			return;
		}
		List<Directory.UnitPlace> found = new ArrayList<>(this.directory.findUnits(search, UNITS_FOUND + 1));
		boolean more = found.size() > UNITS_FOUND;
		if (more) {
			found.removeLast();
		}
		this.directory.unitPlace(chosen)
			.filter(place -> found.stream().noneMatch(other -> other.unit().equals(place.unit())))
			.ifPresent(place -> found.addFirst(place));
		model.addAttribute("unitSearch", search);
		model.addAttribute("unitChoices", found);
		model.addAttribute("unitsMore", more);
		model.addAttribute("chosenUnit", chosen);
	}

}
