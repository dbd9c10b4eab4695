package nl.mediaprotocol.cases;

import java.time.Clock;

import nl.mediaprotocol.account.CurrentUser;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.server.ResponseStatusException;

/** The overview per unit for directeur and bestuurder, and a person's dossier. */
@Controller
class CaseOverviewController {

	private final CaseOverview overview;

	private final Dossiers dossiers;

	private final SanctionLadders ladders;

	private final Clock clock;

	CaseOverviewController(CaseOverview overview, Dossiers dossiers, SanctionLadders ladders, Clock clock) {
		this.overview = overview;
		this.dossiers = dossiers;
		this.ladders = ladders;
		this.clock = clock;
	}

	@GetMapping("/cases/overview")
	@PreAuthorize("hasAnyRole('DIRECTEUR', 'BESTUURDER')")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("figures", this.overview.of(user));
		model.addAttribute("zone", this.clock.getZone());
		return "cases/overview";
	}

	@GetMapping("/cases/dossier/{ref}")
	@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
	String dossier(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref, Model model) {
		model.addAttribute("dossier",
				this.dossiers.of(user, ref).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("ladders", this.ladders);
		model.addAttribute("zone", this.clock.getZone());
		return "cases/dossier";
	}

	@GetMapping("/cases/dossier/{ref}/pdf")
	@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String ref) {
		byte[] pdf = this.dossiers.pdf(user, ref).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("dossier-" + ref.replaceAll("[^A-Za-z0-9-]", "") + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

}
