package nl.mediaprotocol.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/protocol")
@Cites("3.1.4")
class ProtocolController {

	private final Protocol protocol;

	private final Acknowledgements acknowledgements;

	private final Directory directory;

	private final java.time.Clock clock;

	ProtocolController(Protocol protocol, Acknowledgements acknowledgements, Directory directory,
			java.time.Clock clock) {
		this.protocol = protocol;
		this.acknowledgements = acknowledgements;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The protocol in force. Guardians and students see the articles that concern them in
	 * plain language, and can switch to the full text; staff see the full text.
	 */
	@GetMapping
	String inForce(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String view,
			Model model) {
		ProtocolVersion version = this.protocol.inForce().orElseThrow(ProtocolController::notFound);
		boolean familyOnly = user.roles().stream().noneMatch(Role::isStaff);
		boolean plain = "plain".equals(view) || (familyOnly && !"full".equals(view));
		model.addAttribute("version", version);
		model.addAttribute("inForce", true);
		model.addAttribute("plain", plain);
		if (!plain) {
			addAcknowledgement(user, version, model);
		}
		return plain ? "protocol/plain" : "protocol/version";
	}

	@GetMapping("/versions")
	String versions(Model model) {
		model.addAttribute("versions", this.protocol.all());
		model.addAttribute("inForce", this.protocol.versionInForce().orElse(0));
		return "protocol/versions";
	}

	@GetMapping("/versions/{number}")
	String version(@PathVariable int number, Model model) {
		ProtocolVersion version = this.protocol.version(number).orElseThrow(ProtocolController::notFound);
		model.addAttribute("version", version);
		model.addAttribute("inForce", this.protocol.versionInForce().filter(n -> n == number).isPresent());
		return "protocol/version";
	}

	@GetMapping("/versions/{number}/changes")
	String changes(@PathVariable int number, Model model) {
		ProtocolVersion version = this.protocol.version(number).orElseThrow(ProtocolController::notFound);
		ProtocolVersion previous = this.protocol.version(number - 1).orElseThrow(ProtocolController::notFound);
		model.addAttribute("version", version);
		model.addAttribute("changes", ProtocolChanges.between(previous, version));
		return "protocol/changes";
	}

	@PostMapping("/acknowledge")
	@PreAuthorize("hasAnyRole('BEHEERDER','BESTUURDER','DIRECTEUR','TEAMLEIDER','LEERKRACHT','MEDEWERKER','COMMUNICATIE','ZORG','ICT','FG')")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		ProtocolVersion version = this.protocol.inForce().orElseThrow(ProtocolController::notFound);
		String employeeRef = employeeRef(user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Only employees confirm"));
		this.acknowledgements.acknowledge(version.number(), employeeRef, user.getUsername(), this.clock.instant());
		redirect.addFlashAttribute("acknowledged", true);
		return "redirect:/protocol";
	}

	@GetMapping("/acknowledgements")
	@PreAuthorize("hasAnyRole('DIRECTEUR','TEAMLEIDER','BEHEERDER','BESTUURDER')")
	String acknowledgements(@AuthenticationPrincipal CurrentUser user, Model model) {
		ProtocolVersion version = this.protocol.inForce().orElseThrow(ProtocolController::notFound);
		model.addAttribute("version", version);
		model.addAttribute("overview",
				AcknowledgementOverview.of(version.number(), this.directory.everyone(user, PersonKind.EMPLOYEE),
						this.acknowledgements.acknowledgedAt(version.number()), this.clock.getZone()));
		return "protocol/acknowledgements";
	}

	private void addAcknowledgement(CurrentUser user, ProtocolVersion version, Model model) {
		Optional<String> employeeRef = employeeRef(user);
		model.addAttribute("canAcknowledge", employeeRef.isPresent());
		Instant at = employeeRef.map(ref -> this.acknowledgements.acknowledgedAt(version.number()).get(ref))
			.orElse(null);
		model.addAttribute("acknowledgedAt", at == null ? null : LocalDate.ofInstant(at, this.clock.getZone()));
	}

	/**
	 * The signed-in person's staff number, when they are an employee in the directory.
	 */
	private Optional<String> employeeRef(CurrentUser user) {
		String ref = user.personRef();
		return ref == null ? Optional.empty()
				: this.directory.person(user, ref)
					.filter(person -> person.kind() == PersonKind.EMPLOYEE)
					.map(person -> person.ref());
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
