package nl.mediaprotocol.care;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.protocol.Protocol;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Care signals (1.8): raise one and follow its state, for every staff member; read and
 * handle them, for the care coordinators of the student's unit.
 */
@Controller
@RequestMapping("/care")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
class CareController {

	private final CareStructure care;

	private final Protocol protocol;

	private final Clock clock;

	CareController(CareStructure care, Protocol protocol, Clock clock) {
		this.care = care;
		this.protocol = protocol;
		this.clock = clock;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		boolean coordinator = this.care.isCoordinator(user);
		model.addAttribute("coordinator", coordinator);
		if (coordinator) {
			model.addAttribute("open", this.care.openFor(user));
			model.addAttribute("closed", this.care.closedFor(user));
			model.addAttribute("closedShown", CareSignals.CLOSED_SHOWN);
		}
		model.addAttribute("mine", this.care.raisedBy(user));
		model.addAttribute("article", this.protocol.cite("1.8"));
		model.addAttribute("zone", this.clock.getZone());
		return "care/overview";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(user, SignalForm.empty(), model);
	}

	/** The students whose name or number matches what was typed, to choose from. */
	@GetMapping("/new/students")
	String students(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String student,
			Model model) {
		model.addAttribute("form", new SignalForm(student, null, null, null));
		model.addAttribute("candidates", this.care.candidates(user, student));
		model.addAttribute("searched", student != null && student.strip().length() >= 2);
		return "care/form :: students";
	}

	@PostMapping("/new")
	String raise(@AuthenticationPrincipal CurrentUser user, @ModelAttribute SignalForm form, Model model,
			RedirectAttributes redirect) {
		try {
			this.care.raise(user, form);
		}
		catch (CareRefused ex) {
			model.addAttribute("problems", ex.messageKeys());
			return form(user, form, model);
		}
		redirect.addFlashAttribute("done", "care.raised");
		return "redirect:/care";
	}

	@GetMapping("/{id}")
	String signal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("care", this.care.open(user, id));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", StepForm.empty());
		}
		return "care/signal";
	}

	@PostMapping("/{id}/conversation")
	String conversation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("step") StepForm step, Model model, RedirectAttributes redirect) {
		return step(user, id, "conversation", model, redirect, "care.done.conversation",
				() -> this.care.holdConversation(user, id, step.text(), step.heldOnDate()));
	}

	@PostMapping("/{id}/referral")
	String referral(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("step") StepForm step, Model model, RedirectAttributes redirect) {
		return step(user, id, "referral", model, redirect, "care.done.referral",
				() -> this.care.refer(user, id, step.referredTo(), step.text()));
	}

	@PostMapping("/{id}/closure")
	String closure(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("step") StepForm step, Model model, RedirectAttributes redirect) {
		return step(user, id, "closure", model, redirect, "care.done.closure",
				() -> this.care.close(user, id, step.text()));
	}

	@PostMapping("/{id}/corrections")
	String correction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("step") StepForm step, Model model, RedirectAttributes redirect) {
		return step(user, id, "correction", model, redirect, "care.done.correction",
				() -> this.care.correct(user, id, step.corrects(), step.text()));
	}

	/** A signal that does not exist, or is not the user's to handle: not found. */
	@ExceptionHandler(CareRefused.class)
	ModelAndView refused(CareRefused ex, HttpServletResponse response) throws IOException {
		// handled here, shown by the error page like any other 404
		response.sendError(HttpStatus.NOT_FOUND.value());
		return new ModelAndView();
	}

	/**
	 * Takes a step and goes back to the signal; a refused step shows the signal again
	 * with why, and with what was typed.
	 */
	private String step(CurrentUser user, long id, String form, Model model, RedirectAttributes redirect, String done,
			Runnable step) {
		try {
			step.run();
		}
		catch (CareRefused ex) {
			if (ex.isNotFound()) {
				throw ex;
			}
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("failedForm", form);
			return signal(user, id, model);
		}
		redirect.addFlashAttribute("done", done);
		return "redirect:/care/" + id;
	}

	private String form(CurrentUser user, SignalForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("canLookUp", this.care.canLookUpStudents(user));
		model.addAttribute("candidates", this.care.candidates(user, form.student()));
		model.addAttribute("searched", false);
		return "care/form";
	}

}
