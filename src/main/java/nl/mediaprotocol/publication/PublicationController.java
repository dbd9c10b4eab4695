package nl.mediaprotocol.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonSearch;
import nl.mediaprotocol.directory.PersonView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posts for the board's own accounts: compose with automatic checks on every save, tag
 * the people on photos, submit, review (four eyes), publish per channel.
 */
@Controller
@RequestMapping("/publications")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
class PublicationController {

	private final PublicationDesk desk;

	private final Takedowns takedowns;

	private final Directory directory;

	PublicationController(PublicationDesk desk, Takedowns takedowns, Directory directory) {
		this.desk = desk;
		this.takedowns = takedowns;
		this.directory = directory;
	}

	@GetMapping
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mine", this.desk.mine(user));
		model.addAttribute("toReview", this.desk.toReview(user));
		model.addAttribute("approved", this.desk.approved(user));
		model.addAttribute("openTakedowns", this.takedowns.open().size());
		return "publications/index";
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user) {
		long id = this.desk.draft(user, PublicationKind.BOARD, "");
		return "redirect:/publications/" + id;
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return show(user, id, model);
	}

	/** Saves text and channels; an htmx request gets the checks back without a reload. */
	@PostMapping("/{id}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String text,
			@RequestParam(required = false) @Nullable List<String> channels,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		this.desk.edit(id, user, text, channels == null ? List.of() : channels);
		if (htmx != null) {
			show(user, id, model);
			return "publications/edit :: checks";
		}
		return "redirect:/publications/" + id;
	}

	@PostMapping("/{id}/media")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam MultipartFile file)
			throws IOException {
		this.desk.attach(id, user, file);
		return "redirect:/publications/" + id + "#media";
	}

	@PostMapping("/{id}/media/{media}/delete")
	String detach(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long media) {
		this.desk.detach(id, user, media);
		return "redirect:/publications/" + id + "#media";
	}

	@GetMapping("/{id}/media/{media}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long media) {
		this.desk.get(id, user);
		return this.desk.file(id, media)
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
				.body(file.content()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * People the author may see whose name or number matches, to tag on an attachment.
	 */
	@GetMapping("/{id}/media/{media}/people")
	String people(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long media,
			@RequestParam(required = false) @Nullable String q, Model model) {
		List<PersonView> found = new ArrayList<>();
		if (q != null && q.strip().length() >= 2) {
			for (PersonKind kind : List.of(PersonKind.STUDENT, PersonKind.EMPLOYEE, PersonKind.GUARDIAN)) {
				if (this.directory.searchableKinds(user).contains(kind)) {
					found
						.addAll(this.directory.search(user, new PersonSearch(kind, null, null, q), PageRequest.of(0, 8))
							.getContent());
				}
			}
		}
		model.addAttribute("publicationId", id);
		model.addAttribute("mediaId", media);
		model.addAttribute("found", found);
		return "publications/edit :: found";
	}

	@PostMapping("/{id}/media/{media}/tags")
	String tag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long media,
			@RequestParam String ref) {
		this.desk.tag(id, user, media, ref);
		return "redirect:/publications/" + id + "#media-" + media;
	}

	@PostMapping("/{id}/media/{media}/tags/{ref}/delete")
	String untag(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long media,
			@PathVariable String ref) {
		this.desk.untag(id, user, media, ref);
		return "redirect:/publications/" + id + "#media-" + media;
	}

	@PostMapping("/{id}/media/{media}/unrecognisable")
	String unrecognisable(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long media,
			@RequestParam int count) {
		this.desk.markUnrecognisable(id, user, media, count);
		return "redirect:/publications/" + id + "#media-" + media;
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		this.desk.submit(id, user, reason);
		redirect.addFlashAttribute("done", "publication.submitted");
		return "redirect:/publications/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.desk.approve(id, user);
		redirect.addFlashAttribute("done", "publication.approved");
		return "redirect:/publications/" + id;
	}

	@PostMapping("/{id}/return")
	String giveBack(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String comment,
			RedirectAttributes redirect) {
		this.desk.returnToAuthor(id, user, comment);
		redirect.addFlashAttribute("done", "publication.returned");
		return "redirect:/publications";
	}

	@PostMapping("/{id}/published")
	String published(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String channel,
			@RequestParam String url, RedirectAttributes redirect) {
		this.desk.published(id, user, channel, url);
		redirect.addFlashAttribute("done", "publication.recorded");
		return "redirect:/publications/" + id;
	}

	@ExceptionHandler(PublicationRefused.class)
	org.springframework.web.servlet.ModelAndView refused(PublicationRefused ex, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		if ("publication.refused.notFound".equals(ex.messageKey())) {
			// handled here, shown by the error page like any other 404
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new org.springframework.web.servlet.ModelAndView();
		}
		redirect.addFlashAttribute("problem", ex.messageKey());
		String path = request.getRequestURI().replaceFirst("^(/publications/\\d+).*$", "$1");
		return new org.springframework.web.servlet.ModelAndView(
				"redirect:" + (path.matches("/publications/\\d+") ? path : "/publications"));
	}

	private String show(CurrentUser user, long id, Model model) {
		Publication publication = this.desk.get(id, user);
		model.addAttribute("publication", publication);
		model.addAttribute("checks", this.desk.check(publication));
		model.addAttribute("channels", this.desk.channels());
		model.addAttribute("editable", publication.isAuthor(user) && publication.status().isEditable());
		model.addAttribute("reviewer", publication.status() == PublicationStatus.SUBMITTED
				&& publication.mayBeReviewedBy(user, this.desk.managerOf(publication)));
		model.addAttribute("names", this.desk.names(publication));
		return "publications/edit";
	}

}
