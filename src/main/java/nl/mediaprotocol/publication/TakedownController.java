package nl.mediaprotocol.publication;

import java.time.Clock;

import nl.mediaprotocol.account.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The takedown tasks, for communications and the directors. */
@Controller
@RequestMapping("/publications/takedowns")
@PreAuthorize("hasAnyRole('COMMUNICATIE', 'DIRECTEUR', 'BEHEERDER')")
class TakedownController {

	private final Takedowns takedowns;

	private final Clock clock;

	TakedownController(Takedowns takedowns, Clock clock) {
		this.takedowns = takedowns;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("open", this.takedowns.open());
		model.addAttribute("done", this.takedowns.recent());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", this.clock.getZone());
		return "publications/takedowns";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('COMMUNICATIE')")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam TakedownTask.Outcome outcome, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			this.takedowns.complete(id, user, outcome, note);
			redirect.addFlashAttribute("done", "publication.takedown.completed");
		}
		catch (PublicationRefused ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/publications/takedowns";
	}

}
