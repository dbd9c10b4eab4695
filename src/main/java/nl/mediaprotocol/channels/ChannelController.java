package nl.mediaprotocol.channels;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mediaprotocol.account.CurrentUser;
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
 * Channel agreements on screen: the overview, asking for a channel, and one agreement
 * with where it stands and what the viewer can do.
 */
@Controller
@RequestMapping("/channels")
class ChannelController {

	private final ChannelDesk desk;

	private final ChannelProperties properties;

	private final Clock clock;

	ChannelController(ChannelDesk desk, ChannelProperties properties, Clock clock) {
		this.desk = desk;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("overview", this.desk.overview(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "channels/list";
	}

	@GetMapping("/groups/{groupId}/new")
	@PreAuthorize("hasRole('LEERKRACHT')")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
		Directory.GroupDetails group = this.desk.groupToAsk(user, groupId)
			.orElseThrow(() -> new ChannelRefused(ChannelRefused.NOT_FOUND));
		return form(model, group, ChannelRequestForm.empty());
	}

	@PostMapping("/groups/{groupId}")
	@PreAuthorize("hasRole('LEERKRACHT')")
	String request(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId,
			@ModelAttribute ChannelRequestForm form, Model model, RedirectAttributes redirect) {
		try {
			long id = this.desk.request(user, groupId, form);
			redirect.addFlashAttribute("done", "channels.done.requested");
			return "redirect:/channels/" + id;
		}
		catch (ChannelRefused refused) {
			if (ChannelRefused.NOT_FOUND.equals(refused.messageKey())) {
				throw refused;
			}
			// the form comes back as it was filled in, with what is wrong
			model.addAttribute("problem", refused.messageKey());
			return form(model, this.desk.groupToAsk(user, groupId).orElseThrow(), form);
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ChannelDesk.Opened opened = this.desk.open(user, id)
			.orElseThrow(() -> new ChannelRefused(ChannelRefused.NOT_FOUND));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("opened", opened);
		model.addAttribute("agreement", opened.agreement());
		model.addAttribute("status", opened.agreement().statusOn(today));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("me", user.personRef());
		return "channels/agreement";
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAnyRole('TEAMLEIDER', 'DIRECTEUR')")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		this.desk.approve(user, id, reason);
		return done(id, redirect, "channels.done.approved");
	}

	@PostMapping("/{id}/refuse")
	@PreAuthorize("hasAnyRole('TEAMLEIDER', 'DIRECTEUR')")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		this.desk.refuse(user, id, reason);
		return done(id, redirect, "channels.done.refused");
	}

	@PostMapping("/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.desk.confirm(user, id);
		return done(id, redirect, "channels.done.confirmed");
	}

	@PostMapping("/{id}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		this.desk.end(user, id, reason);
		return done(id, redirect, "channels.done.ended");
	}

	@ExceptionHandler(ChannelRefused.class)
	ModelAndView refused(ChannelRefused refused, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (ChannelRefused.NOT_FOUND.equals(refused.messageKey())) {
			// the same answer as for an agreement or group that does not exist
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		redirect.addFlashAttribute("problem", refused.messageKey());
		return new ModelAndView("redirect:" + request.getRequestURI().replaceFirst("^(/channels/\\d+).*$", "$1"));
	}

	private String form(Model model, Directory.GroupDetails group, ChannelRequestForm form) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("group", group);
		model.addAttribute("form", form);
		model.addAttribute("members", this.desk.membersOf(group.group().id()));
		model.addAttribute("kinds", ChannelKind.values());
		model.addAttribute("memberAge", this.properties.memberAge());
		model.addAttribute("minEnd", today.plusDays(1));
		model.addAttribute("maxEnd", today.plus(this.properties.maxTerm()));
		return "channels/new";
	}

	private static String done(long id, RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("done", key);
		return "redirect:/channels/" + id;
	}

}
