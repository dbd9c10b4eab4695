package nl.mediaprotocol.cases;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.PersonSearch;
import nl.mediaprotocol.directory.PersonView;
import nl.mediaprotocol.reporting.ReportHandoff;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases on screen: the list, opening one, its timeline and what to do next. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'MEDEWERKER', 'COMMUNICATIE', 'ZORG', 'ICT', 'FG')")
class CaseController {

	private final CaseBook cases;

	private final CaseAccess access;

	private final Directory directory;

	private final ReportHandoff reports;

	private final Clock clock;

	CaseController(CaseBook cases, CaseAccess access, Directory directory, ReportHandoff reports, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.directory = directory;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		// pages count from 1 on screen
		CaseBook.CaseList list = this.cases.visibleTo(user, Math.max(page, 1) - 1, CaseBook.CaseList.SIZE);
		model.addAttribute("cases", list.cases());
		model.addAttribute("list", list);
		model.addAttribute("mayOpen", this.access.mayOpenCases(user));
		model.addAttribute("names", names(list.cases().stream().map(Case::subjectRef).toList()));
		return "cases/list";
	}

	@GetMapping("/new")
	String newCase(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable Long report,
			@RequestParam(required = false) @Nullable String q, Model model) {
		if (!this.access.mayOpenCases(user)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (report != null) {
			model.addAttribute("report", this.reports.forHandler(user, report)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		}
		model.addAttribute("q", q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : search(user, q));
		if (!model.containsAttribute("title")) {
			model.addAttribute("title", "");
		}
		return "cases/new";
	}

	@PostMapping
	String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) @Nullable Long report,
			RedirectAttributes redirect) {
		try {
			long id = this.cases.open(new CaseBook.CaseDraft(subject, title, report), user);
			redirect.addFlashAttribute("done", "cases.done.opened");
			return "redirect:/cases/" + id;
		}
		catch (CaseRefused refused) {
			// the form comes back with what was typed
			redirect.addFlashAttribute("problem", refused.messageKey());
			redirect.addFlashAttribute("title", title);
			redirect.addAttribute("q", subject);
			if (report != null) {
				redirect.addAttribute("report", report);
			}
			return "redirect:/cases/new";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Case found = this.cases.read(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("case", found);
		model.addAttribute("ladder", this.cases.ladderOf(found));
		model.addAttribute("steps", this.cases.nextSteps(found));
		model.addAttribute("subject", this.directory.facts(found.subjectRef()).orElse(null));
		model.addAttribute("handlerName", this.access.nameOf(found.handler()));
		model.addAttribute("colleagues", this.cases.colleaguesOn(found));
		model.addAttribute("awaiting", found.awaitingAcknowledgement(this.cases.ladderOf(found)));
		model.addAttribute("path", found.statutoryPath().orElse(null));
		model.addAttribute("mayAcknowledge", user.has(Role.BESTUURDER));
		model.addAttribute("mayQualify", user.has(Role.BESTUURDER) || user.has(Role.DIRECTEUR));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "cases/case";
	}

	@PostMapping("/{id}/steps")
	String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String step,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime at,
			RedirectAttributes redirect) {
		this.cases.takeStep(id, step, text, moment(on, at), user);
		return done(id, redirect, "cases.done.step");
	}

	@PostMapping("/{id}/entries/{entry}/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entry,
			RedirectAttributes redirect) {
		this.cases.acknowledge(id, entry, user);
		return done(id, redirect, "cases.done.acknowledged");
	}

	@PostMapping("/{id}/entries/{entry}/correct")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long entry,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		this.cases.correct(id, entry, text, user);
		return done(id, redirect, "cases.done.corrected");
	}

	@PostMapping("/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String text,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) throws IOException {
		List<CaseBook.NewAttachment> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				attachments
					.add(new CaseBook.NewAttachment(String.valueOf(file.getOriginalFilename()), file.getBytes()));
			}
		}
		this.cases.addNote(id, text, attachments, user);
		return done(id, redirect, "cases.done.note");
	}

	@GetMapping("/{id}/files/{file}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long file) {
		return this.cases.attachment(user, id, file)
			.map(found -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(found.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + found.fileName() + "\"")
				.body(found.content()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/{id}/transgressive")
	String transgressive(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		this.cases.markTransgressive(id, user);
		return done(id, redirect, "cases.done.transgressive");
	}

	@PostMapping("/{id}/inspector-call")
	String inspectorCall(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime at,
			@RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
		if (on == null || at == null) {
			throw new CaseRefused("cases.refused.whenNeeded");
		}
		this.cases.recordInspectorCall(id, moment(on, at), summary, user);
		return done(id, redirect, "cases.done.inspectorCall");
	}

	@PostMapping("/{id}/classify")
	String classify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.cases.classify(id, CaseClassification.SEXUAL_OFFENCE_AGAINST_MINOR, user);
		return done(id, redirect, "cases.done.classified");
	}

	@PostMapping("/{id}/statutory")
	String statutory(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam CaseEntry.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime at,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		this.cases.recordStatutoryStep(id, kind, moment(on, at), text, user);
		return done(id, redirect, "cases.done.statutory");
	}

	@PostMapping("/{id}/police")
	String police(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		if (on == null) {
			throw new CaseRefused("cases.refused.whenNeeded");
		}
		this.cases.recordPoliceReport(id, moment(on, null), reference, text, user);
		return done(id, redirect, "cases.done.police");
	}

	@PostMapping("/{id}/tasks")
	String task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String what, @RequestParam(defaultValue = "") String assignee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate due,
			RedirectAttributes redirect) {
		Instant dueAt = due == null ? null : due.atTime(LocalTime.of(17, 0)).atZone(this.clock.getZone()).toInstant();
		this.cases.addTask(id, what, assignee, dueAt, user);
		return done(id, redirect, "cases.done.task");
	}

	@PostMapping("/{id}/tasks/{task}/done")
	String taskDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long task,
			RedirectAttributes redirect) {
		this.cases.finishTask(id, task, user);
		return done(id, redirect, "cases.done.taskDone");
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		this.cases.close(id, reason, user);
		return done(id, redirect, "cases.done.closed");
	}

	@ExceptionHandler(CaseRefused.class)
	ModelAndView refused(CaseRefused ex, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if ("cases.refused.notFound".equals(ex.messageKey())) {
			// the same answer as for a case that does not exist
			response.sendError(HttpStatus.NOT_FOUND.value());
			return new ModelAndView();
		}
		redirect.addFlashAttribute("problem", ex.messageKey());
		return new ModelAndView("redirect:" + request.getRequestURI().replaceFirst("^(/cases/\\d+).*$", "$1"));
	}

	/**
	 * A moment entered as a date and a time of day in the board's zone; now when empty.
	 */
	private @Nullable Instant moment(@Nullable LocalDate on, @Nullable LocalTime at) {
		if (on == null) {
			return null;
		}
		Instant moment = on.atTime(at == null ? LocalTime.NOON : at).atZone(this.clock.getZone()).toInstant();
		// a day without a time that is today means: earlier today
		return at == null && moment.isAfter(this.clock.instant()) ? this.clock.instant() : moment;
	}

	private List<PersonView> search(CurrentUser user, String text) {
		List<PersonView> found = new ArrayList<>();
		for (PersonKind kind : this.directory.searchableKinds(user)) {
			found.addAll(this.directory.search(user, new PersonSearch(kind, null, null, text), PageRequest.of(0, 8))
				.getContent());
		}
		return found;
	}

	private java.util.Map<String, String> names(List<String> refs) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.directory.facts(refs).forEach(person -> names.put(person.ref(), person.displayName()));
		return names;
	}

	private static String done(long id, RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("done", key);
		return "redirect:/cases/" + id;
	}

}
