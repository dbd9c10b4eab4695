package nl.mediaprotocol.consent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For staff with a recording role: a person's consents and history, recording a signed
 * paper form with its scan, and the pre-filled form to print.
 */
@Controller
@RequestMapping("/consent/people/{ref}")
@PreAuthorize("hasAnyRole('BEHEERDER', 'DIRECTEUR', 'TEAMLEIDER', 'COMMUNICATIE', 'FG')")
class ConsentStaffController {

	private final ConsentPages pages;

	private final ConsentRegister register;

	private final Scans scans;

	private final Directory directory;

	private final ConsentForms forms;

	ConsentStaffController(ConsentPages pages, ConsentRegister register, Scans scans, Directory directory,
			ConsentForms forms) {
		this.pages = pages;
		this.register = register;
		this.scans = scans;
		this.directory = directory;
		this.forms = forms;
	}

	@GetMapping
	String person(@AuthenticationPrincipal CurrentUser viewer, @PathVariable String ref, Model model) {
		ConsentPages.PersonConsents consents = this.pages.forStaff(viewer, ref)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", consents);
		model.addAttribute("deciders", deciders(consents.person()));
		model.addAttribute("mayRecord", ConsentRegister.RECORDING_ROLES.stream().anyMatch(viewer::has));
		return "consent/person";
	}

	/** Records the choices on a signed paper form, with the scan of the form. */
	@PostMapping("/paper")
	String paper(@AuthenticationPrincipal CurrentUser viewer, @PathVariable String ref,
			@RequestParam String decidedByRef, @RequestParam(required = false) MultipartFile scan,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) throws IOException {
		ConsentPages.PersonConsents consents = this.pages.forStaff(viewer, ref)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			if (scan == null || scan.isEmpty()) {
				throw new ConsentRefused(RefusalReason.SCAN_MISSING);
			}
			List<ConsentRegister.DecisionRequest> choices = new ArrayList<>();
			for (ConsentPages.PurposeRow row : consents.rows()) {
				for (ConsentPages.MediumCell cell : row.media()) {
					String choice = form.get("choice." + cell.key());
					if ("yes".equals(choice) || "no".equals(choice)) {
						choices.add(new ConsentRegister.DecisionRequest(ref, row.purpose().code(), cell.medium(),
								"yes".equals(choice), decidedByRef, DecisionMethod.PAPER, null));
					}
				}
			}
			if (choices.isEmpty()) {
				redirect.addFlashAttribute("problem", "consent.paper.noChoices");
				return "redirect:/consent/people/" + ref;
			}
			this.register.recordPaperForm(choices, scan, viewer);
			redirect.addFlashAttribute("saved", choices.size());
		}
		catch (ConsentRefused ex) {
			redirect.addFlashAttribute("problem", "consent.refused." + ex.reason());
		}
		return "redirect:/consent/people/" + ref;
	}

	/** The consent form for this person, pre-filled, to print and sign. */
	@GetMapping("/form.pdf")
	ResponseEntity<byte[]> form(@AuthenticationPrincipal CurrentUser viewer, @PathVariable String ref) {
		if (!this.directory.sees(viewer, ref)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PersonFacts person = this.directory.facts(ref).orElseThrow();
		byte[] pdf = this.forms.pdf(person, deciders(person));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"toestemming-" + ref + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/scans/{id}")
	ResponseEntity<byte[]> scan(@AuthenticationPrincipal CurrentUser viewer, @PathVariable String ref,
			@PathVariable long id) {
		if (!this.directory.sees(viewer, ref)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Scans.Scan scan = this.scans.find(id)
			.filter(found -> found.subjectRef().equals(ref))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + scan.fileName().replace("\"", "") + "\"")
			.body(scan.content());
	}

	/** Who may sign the form for this person today: the guardians, or the person. */
	private List<PersonFacts> deciders(PersonFacts person) {
		return this.directory.facts(this.register.decidersOf(person));
	}

}
