package nl.mediaprotocol.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.account.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal: guardians, students and employees see and give their consent, and withdraw
 * it, in their own account (3.1.6).
 */
@Controller
@RequestMapping("/consent")
class ConsentController {

	private final ConsentPages pages;

	private final ConsentRegister register;

	ConsentController(ConsentPages pages, ConsentRegister register) {
		this.pages = pages;
		this.register = register;
	}

	/**
	 * The portal, with each person's latest choices; {@code history} names the person
	 * whose choices are all listed.
	 */
	@GetMapping
	String portal(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String history,
			Model model) {
		model.addAttribute("people", this.pages.portal(user, history));
		model.addAttribute("historyInFull", history);
		return "consent/portal";
	}

	/**
	 * Records the choices made on the form: only those that differ from the decider's own
	 * last choice. A question left open stays open: silence is never consent.
	 */
	@PostMapping("/{ref}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		String own = user.personRef();
		List<ConsentPages.PersonConsents> people = this.pages.portal(user);
		ConsentPages.PersonConsents person = people.stream()
			.filter(candidate -> candidate.person().ref().equals(ref) && candidate.mayDecide())
			.findFirst()
			.orElse(null);
		if (own == null || person == null) {
			redirect.addFlashAttribute("problem", "consent.refused." + RefusalReason.NOT_ENTITLED);
			return "redirect:/consent";
		}
		List<ConsentRegister.DecisionRequest> changes = new ArrayList<>();
		for (ConsentPages.PurposeRow row : person.rows()) {
			for (ConsentPages.MediumCell cell : row.media()) {
				String choice = form.get("choice." + cell.key());
				if (choice == null || !(choice.equals("yes") || choice.equals("no"))) {
					continue;
				}
				boolean granted = choice.equals("yes");
				if (cell.ownChoice() == null || cell.ownChoice() != granted) {
					changes.add(new ConsentRegister.DecisionRequest(ref, row.purpose().code(), cell.medium(), granted,
							own, DecisionMethod.PORTAL, null));
				}
			}
		}
		try {
			changes.forEach(change -> this.register.record(change, user));
		}
		catch (ConsentRefused ex) {
			redirect.addFlashAttribute("problem", "consent.refused." + ex.reason());
			return "redirect:/consent#person-" + ref;
		}
		redirect.addFlashAttribute("saved", changes.size());
		redirect.addFlashAttribute("savedFor", person.person().firstName());
		return "redirect:/consent#person-" + ref;
	}

	/** One click: every yes becomes a no, at once. */
	@PostMapping("/{ref}/withdraw-all")
	String withdrawAll(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref,
			RedirectAttributes redirect) {
		String own = user.personRef();
		boolean decides = this.register.decidesFor(user).stream().anyMatch(person -> person.ref().equals(ref));
		if (own == null || !decides) {
			redirect.addFlashAttribute("problem", "consent.refused." + RefusalReason.NOT_ENTITLED);
			return "redirect:/consent";
		}
		int withdrawn = this.register.withdrawAll(ref, own, user, DecisionMethod.PORTAL, null);
		redirect.addFlashAttribute("withdrawn", withdrawn);
		return "redirect:/consent#person-" + ref;
	}

}
