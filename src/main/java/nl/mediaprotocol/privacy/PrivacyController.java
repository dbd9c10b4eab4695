package nl.mediaprotocol.privacy;

import java.util.Comparator;
import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.system.PersonalDataSource;
import nl.mediaprotocol.system.ProcessingActivity;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The FG's privacy screens: retention and purges, requests of access, the register. */
@Controller
@RequestMapping("/privacy")
@PreAuthorize("hasRole('FG')")
class PrivacyController {

	private final RetentionSchedule retention;

	private final AccessExport access;

	private final List<PersonalDataSource> sources;

	private final java.time.Clock clock;

	private final Erasures erasures;

	private final nl.mediaprotocol.directory.Directory directory;

	PrivacyController(RetentionSchedule retention, AccessExport access, List<PersonalDataSource> sources,
			Erasures erasures, nl.mediaprotocol.directory.Directory directory, java.time.Clock clock) {
		this.erasures = erasures;
		this.directory = directory;
		this.clock = clock;
		this.retention = retention;
		this.access = access;
		this.sources = sources;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("rules", this.retention.rules());
		model.addAttribute("runs", this.retention.runs());
		model.addAttribute("zone", this.clock.getZone());
		return "privacy/overview";
	}

	@PostMapping("/dry-run")
	String dryRun(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", this.retention.dryRun(user.getUsername()));
		redirect.addFlashAttribute("dryRun", true);
		return "redirect:/privacy";
	}

	@PostMapping("/purge")
	String purge(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		List<RetentionSchedule.Done> done = this.retention.purge(user.getUsername());
		if (done.isEmpty()) {
			redirect.addFlashAttribute("problem", "privacy.purge.busy");
		}
		else {
			redirect.addFlashAttribute("outcome", done);
			redirect.addFlashAttribute("dryRun", false);
		}
		return "redirect:/privacy";
	}

	@GetMapping("/access")
	String preview(@RequestParam(defaultValue = "") String ref, Model model) {
		String person = ref.strip();
		java.util.Optional<nl.mediaprotocol.directory.PersonFacts> facts = this.directory.facts(person);
		if (facts.isEmpty()) {
			return "redirect:/privacy?unknown=1";
		}
		model.addAttribute("person", facts.get());
		model.addAttribute("parts", this.access.collect(person));
		model.addAttribute("erasable", this.erasures.erasableParts());
		model.addAttribute("erasures", this.erasures.of(person));
		return "privacy/access";
	}

	@PostMapping("/erase")
	String erase(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String ref,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		redirect.addAttribute("ref", ref.strip());
		if (reason.isBlank()) {
			redirect.addFlashAttribute("problem", "privacy.erase.reasonNeeded");
			return "redirect:/privacy/access";
		}
		redirect.addFlashAttribute("erased", this.erasures.erase(ref.strip(), reason, user));
		return "redirect:/privacy/access";
	}

	@GetMapping("/access.zip")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "") String ref, RedirectAttributes redirect) {
		String person = ref.strip();
		return this.access.zip(person, user)
			.map(zip -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("inzage-" + person.replaceAll("[^A-Za-z0-9-]", "") + ".zip")
							.build()
							.toString())
				.body(zip))
			.orElseGet(() -> ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/privacy?unknown=" + 1).build());
	}

	@GetMapping("/register")
	String register(Model model) {
		model.addAttribute("activities",
				this.sources.stream()
					.map(PersonalDataSource::activity)
					.sorted(Comparator.comparing(ProcessingActivity::name))
					.toList());
		model.addAttribute("rules", this.retention.rules());
		return "privacy/register";
	}

}
