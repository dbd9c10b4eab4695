package nl.mediaprotocol.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonSearch;
import nl.mediaprotocol.directory.PersonView;
import nl.mediaprotocol.system.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monitoring requests on screen: ask, advise, start, report, and the FG's register. */
@Controller
@RequestMapping("/monitoring")
@PreAuthorize("hasAnyRole('TEAMLEIDER', 'DIRECTEUR', 'FG', 'ICT')")
class MonitoringController {

	private final MonitoringDesk desk;

	private final Directory directory;

	private final Clock clock;

	MonitoringController(MonitoringDesk desk, Directory directory, Clock clock) {
		this.desk = desk;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<MonitoringRequest> requests = this.desk.listFor(user);
		model.addAttribute("requests", requests);
		model.addAttribute("names", names(requests.stream().map(MonitoringRequest::personRef).toList()));
		model.addAttribute("mayRequest", MonitoringDesk.MANAGERS.stream().anyMatch(user::has));
		model.addAttribute("isFg", user.has(Role.FG));
		return "monitoring/list";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
			Model model) {
		if (MonitoringDesk.MANAGERS.stream().noneMatch(user::has)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("q", q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : search(user, q));
		model.addAttribute("today", LocalDate.now(this.clock));
		for (String field : List.of("suspicion", "scope", "startsOn", "endsOn", "caseId")) {
			if (!model.containsAttribute(field)) {
				model.addAttribute(field, "");
			}
		}
		return "monitoring/new";
	}

	@PostMapping
	String request(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String person,
			@RequestParam(defaultValue = "") String suspicion, @RequestParam(defaultValue = "") String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
			@RequestParam(required = false) @Nullable Long caseId, RedirectAttributes redirect) {
		try {
			long id = this.desk.request(new MonitoringDesk.Draft(person, suspicion, caseId, scope, startsOn, endsOn),
					user);
			redirect.addFlashAttribute("done", "monitoring.done.requested");
			return "redirect:/monitoring/" + id;
		}
		catch (MonitoringRefused refused) {
			// the form comes back with what was typed
			redirect.addFlashAttribute("problem", refused.messageKey());
			redirect.addFlashAttribute("suspicion", suspicion);
			redirect.addFlashAttribute("scope", scope);
			redirect.addFlashAttribute("startsOn", startsOn == null ? "" : startsOn.toString());
			redirect.addFlashAttribute("endsOn", endsOn == null ? "" : endsOn.toString());
			redirect.addFlashAttribute("caseId", caseId == null ? "" : caseId.toString());
			redirect.addAttribute("q", person);
			return "redirect:/monitoring/new";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		MonitoringDesk.View view = this.desk.read(user, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", view);
		model.addAttribute("request", view.request());
		model.addAttribute("advices", MonitoringAdvice.values());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "monitoring/request";
	}

	@PostMapping("/{id}/advice")
	String advise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable MonitoringAdvice advice,
			@RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String conditions,
			RedirectAttributes redirect) {
		this.desk.advise(id, advice, reasons, conditions, user);
		return done(id, redirect, "monitoring.done.advised");
	}

	@PostMapping("/{id}/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean conditionsConfirmed, RedirectAttributes redirect) {
		this.desk.start(id, conditionsConfirmed, user);
		return done(id, redirect, "monitoring.done.started");
	}

	@PostMapping("/{id}/findings")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String whatWasDone, @RequestParam(defaultValue = "") String findings,
			RedirectAttributes redirect) {
		this.desk.report(id, whatWasDone, findings, user);
		return done(id, redirect, "monitoring.done.reported");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.desk.withdraw(id, user);
		return done(id, redirect, "monitoring.done.withdrawn");
	}

	@PostMapping("/{id}/extend")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		long extension = this.desk.extend(id, until, reason, user);
		return done(extension, redirect, "monitoring.done.extension");
	}

	@GetMapping("/register.csv")
	@PreAuthorize("hasRole('FG')")
	ResponseEntity<byte[]> register(@AuthenticationPrincipal CurrentUser user) {
		Map<Long, Long> counts = this.desk.findingCounts();
		StringBuilder csv = new StringBuilder(
				"verzoek;persoon;gevraagd_door;gevraagd_op;van;tot;verlenging_van;advies;advies_door;gestart_op;rapporten;status;reden_sluiting\n");
		for (MonitoringRequest request : this.desk.listFor(user)) {
			csv.append(String.join(";", String.valueOf(request.id()), text(request.personRef()),
					text(request.requestedBy()), String.valueOf(request.requestedAt()), request.startsOn().toString(),
					request.endsOn().toString(), text(request.extendsRequestId()), text(request.advice()),
					text(request.advisedBy()), text(request.startedAt()),
					String.valueOf(counts.getOrDefault(request.id(), 0L)), request.status().name(),
					text(request.closeReason())))
				.append('\n');
		}
		this.desk.registerExported(user);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("monitoringregister.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@ExceptionHandler(MonitoringRefused.class)
	ModelAndView refused(MonitoringRefused ex, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if ("monitoring.refused.notFound".equals(ex.messageKey())) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		redirect.addFlashAttribute("problem", ex.messageKey());
		return new ModelAndView("redirect:" + request.getRequestURI().replaceFirst("^(/monitoring/\\d+).*$", "$1"));
	}

	private static String text(@Nullable Object value) {
		// a value that looks like a formula opens as text; a ; would split the cell
		return SpreadsheetCells.text(value).replace(';', ',');
	}

	private List<PersonView> search(CurrentUser user, String text) {
		List<PersonView> found = new ArrayList<>();
		for (PersonKind kind : this.directory.searchableKinds(user)) {
			if (kind != PersonKind.GUARDIAN) {
				found.addAll(this.directory.search(user, new PersonSearch(kind, null, null, text), PageRequest.of(0, 8))
					.getContent());
			}
		}
		return found;
	}

	private Map<String, String> names(List<String> refs) {
		Map<String, String> names = new java.util.HashMap<>();
		this.directory.facts(refs).forEach(person -> names.put(person.ref(), person.displayName()));
		return names;
	}

	private static String done(long id, RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("done", key);
		return "redirect:/monitoring/" + id;
	}

}
