package nl.mediaprotocol.publication;

import java.time.Clock;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonView;
import nl.mediaprotocol.system.BoardProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mag dit?": an employee checks a draft of their own post about the board (3.2.2–3.2.5,
 * 3.3.2–3.3.5). Nothing is stored unless they ask their manager to look at it.
 */
@Controller
@RequestMapping("/publications/personal")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
class PersonalPostController {

	private final PublicationChecks checks;

	private final PublicationDesk desk;

	private final Directory directory;

	private final BoardProperties board;

	private final MessageSource messages;

	private final Clock clock;

	PersonalPostController(PublicationChecks checks, PublicationDesk desk, Directory directory, BoardProperties board,
			MessageSource messages, Clock clock) {
		this.clock = clock;
		this.checks = checks;
		this.desk = desk;
		this.directory = directory;
		this.board = board;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("text", "");
		return "publications/personal";
	}

	/**
	 * Checks the draft; {@code add} appends the role disclosure or the personal-opinion
	 * disclaimer in one click.
	 */
	@PostMapping
	String check(@AuthenticationPrincipal CurrentUser user, @RequestParam String text,
			@RequestParam(required = false) @Nullable String add, java.util.Locale locale, Model model) {
		String checked = text;
		if ("disclosure".equals(add)) {
			checked = append(checked, disclosure(user, locale));
		}
		else if ("disclaimer".equals(add)) {
			checked = append(checked, this.messages.getMessage("publication.personal.disclaimerText", null, locale));
		}
		model.addAttribute("text", checked);
		model.addAttribute("checks", this.checks.check(checked, true, List.of(), List.of(), this.clock.instant()));
		return "publications/personal";
	}

	/** 3.2.5: in doubt, ask your manager; only now is the post stored. */
	@PostMapping("/review")
	String askManager(@AuthenticationPrincipal CurrentUser user, @RequestParam String text,
			RedirectAttributes redirect) {
		if (text.isBlank()) {
			redirect.addFlashAttribute("problem", "publication.personal.empty");
			return "redirect:/publications/personal";
		}
		long id = this.desk.draft(user, PublicationKind.PERSONAL, text.strip());
		this.desk.submit(id, user, "—");
		redirect.addFlashAttribute("done", "publication.personal.asked");
		return "redirect:/publications/" + id;
	}

	private String disclosure(CurrentUser user, java.util.Locale locale) {
		String function = user.personRef() == null ? null
				: this.directory.person(user, user.personRef()).map(PersonView::function).orElse(null);
		String role = function == null || function.isBlank()
				? this.messages.getMessage("publication.personal.defaultFunction", null, locale)
				: function.toLowerCase(locale);
		return this.messages.getMessage("publication.personal.disclosureText", new Object[] { role, this.board.name() },
				locale);
	}

	private static String append(String text, String addition) {
		String trimmed = text.stripTrailing();
		return trimmed.isEmpty() ? addition : trimmed + "\n\n" + addition;
	}

}
