package nl.mediaprotocol.consent;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For the beheerder: the board's purposes and their texts, and consent rounds with their
 * coverage per group.
 */
@Controller
@RequestMapping("/consent/admin")
@PreAuthorize("hasRole('BEHEERDER')")
class ConsentAdminController {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final ConsentAdministration administration;

	private final ConsentRounds rounds;

	private final ConsentRegister register;

	private final Directory directory;

	ConsentAdminController(ConsentAdministration administration, ConsentRounds rounds, ConsentRegister register,
			Directory directory) {
		this.administration = administration;
		this.rounds = rounds;
		this.register = register;
		this.directory = directory;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("purposes", this.register.purposes());
		model.addAttribute("rounds", this.rounds.overview());
		model.addAttribute("units", this.directory.unitTree());
		model.addAttribute("kinds", ConsentRounds.Kind.values());
		return "consent/admin";
	}

	@PostMapping("/purposes")
	String addPurpose(@RequestParam String code, @RequestParam String nameNl, @RequestParam String nameEn,
			@RequestParam String text, RedirectAttributes redirect) {
		String cleanCode = code.strip().toLowerCase(Locale.ROOT);
		if (!CODE.matcher(cleanCode).matches()) {
			return problem(redirect, "consent.admin.codeInvalid");
		}
		if (nameNl.isBlank() || text.isBlank()) {
			return problem(redirect, "consent.admin.nameAndTextRequired");
		}
		if (this.register.purposes().stream().anyMatch(purpose -> purpose.code().equals(cleanCode))) {
			return problem(redirect, "consent.admin.codeTaken");
		}
		this.administration.addPurpose(cleanCode, nameNl.strip(), nameEn.isBlank() ? nameNl.strip() : nameEn.strip(),
				text.strip());
		redirect.addFlashAttribute("done", "consent.admin.purposeAdded");
		return "redirect:/consent/admin";
	}

	/**
	 * A changed text is a changed use: earlier consent for this purpose no longer counts.
	 */
	@PostMapping("/purposes/{code}/text")
	String changeText(@PathVariable String code, @RequestParam String text, RedirectAttributes redirect) {
		Purpose purpose = purpose(code);
		if (text.isBlank()) {
			return problem(redirect, "consent.admin.nameAndTextRequired");
		}
		if (text.strip().equals(purpose.currentText().text())) {
			return problem(redirect, "consent.admin.textUnchanged");
		}
		this.administration.changeText(code, text.strip());
		redirect.addFlashAttribute("done", "consent.admin.textChanged");
		return "redirect:/consent/admin";
	}

	@PostMapping("/purposes/{code}/active")
	String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
		purpose(code);
		this.administration.setActive(code, active);
		redirect.addFlashAttribute("done", active ? "consent.admin.activated" : "consent.admin.deactivated");
		return "redirect:/consent/admin";
	}

	@PostMapping("/rounds")
	String openRound(@AuthenticationPrincipal CurrentUser user, @RequestParam String unit,
			@RequestParam ConsentRounds.Kind kind, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
			RedirectAttributes redirect) {
		try {
			this.rounds.open(unit, kind, purpose == null || purpose.isBlank() ? null : purpose, closesOn,
					user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			return problem(redirect, ex.getMessage());
		}
		redirect.addFlashAttribute("done", "consent.admin.roundOpened");
		return "redirect:/consent/admin";
	}

	private Purpose purpose(String code) {
		return this.register.purposes()
			.stream()
			.filter(purpose -> purpose.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String problem(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("problem", key);
		return "redirect:/consent/admin";
	}

}
