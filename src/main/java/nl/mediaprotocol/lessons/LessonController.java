package nl.mediaprotocol.lessons;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.Directory;
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
 * Recording in lessons on screen: the permissions of one's groups, giving one, opening
 * one, withdrawing it.
 */
@Controller
@RequestMapping("/lessons")
class LessonController {

	private final LessonRecordings recordings;

	private final Clock clock;

	LessonController(LessonRecordings recordings, Clock clock) {
		this.recordings = recordings;
		this.clock = clock;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overview", this.recordings.overview(user));
		model.addAttribute("purposes", this.recordings.purposes());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("zone", this.clock.getZone());
		return "lessons/list";
	}

	@GetMapping("/groups/{groupId}/new")
	@PreAuthorize("hasAnyRole('LEERKRACHT', 'TEAMLEIDER', 'DIRECTEUR')")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
		Directory.GroupDetails group = this.recordings.groupToGrant(user, groupId)
			.orElseThrow(() -> new LessonRefused(LessonRefused.NOT_FOUND));
		return form(model, group, PermissionForm.empty());
	}

	@PostMapping("/groups/{groupId}")
	@PreAuthorize("hasAnyRole('LEERKRACHT', 'TEAMLEIDER', 'DIRECTEUR')")
	String grant(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId,
			@ModelAttribute PermissionForm form, Model model, RedirectAttributes redirect) {
		try {
			long id = this.recordings.grant(user, groupId, form);
			redirect.addFlashAttribute("done", "lessons.done.granted");
			return "redirect:/lessons/" + id;
		}
		catch (LessonRefused refused) {
			if (LessonRefused.NOT_FOUND.equals(refused.messageKey())) {
				throw refused;
			}
			// the form comes back as it was filled in, with what is wrong
			model.addAttribute("problem", refused.messageKey());
			return form(model, this.recordings.groupToGrant(user, groupId).orElseThrow(), form);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		LessonRecordings.Opened opened = this.recordings.open(user, id)
			.orElseThrow(() -> new LessonRefused(LessonRefused.NOT_FOUND));
		model.addAttribute("opened", opened);
		model.addAttribute("permission", opened.permission());
		model.addAttribute("purposes", this.recordings.purposes());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("status", opened.permission().statusAt(this.clock.instant()));
		model.addAttribute("zone", this.clock.getZone());
		return "lessons/permission";
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAnyRole('LEERKRACHT', 'TEAMLEIDER', 'DIRECTEUR')")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		this.recordings.withdraw(user, id, reason);
		redirect.addFlashAttribute("done", "lessons.done.withdrawn");
		return "redirect:/lessons/" + id;
	}

	@ExceptionHandler(LessonRefused.class)
	ModelAndView refused(LessonRefused refused, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (LessonRefused.NOT_FOUND.equals(refused.messageKey())) {
			// the same answer as for a permission or group that does not exist
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		redirect.addFlashAttribute("problem", refused.messageKey());
		return new ModelAndView("redirect:" + request.getRequestURI().replaceFirst("^(/lessons/\\d+).*$", "$1"));
	}

	private String form(Model model, Directory.GroupDetails group, PermissionForm form) {
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("students", this.recordings.studentsOf(group.group().id()));
		model.addAttribute("purposes", this.recordings.activePurposes());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("media", Medium.values());
		model.addAttribute("recorderKinds", Recorders.values());
		return "lessons/new";
	}

}
