package nl.mediaprotocol.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Who in my group may appear where": for the teacher, per student and purpose, which
 * media are allowed; printable for the classroom wall, with first names and initials
 * only.
 */
@Controller
@RequestMapping("/consent/groups")
@PreAuthorize("hasAnyRole('BEHEERDER', 'BESTUURDER', 'DIRECTEUR', 'TEAMLEIDER', 'LEERKRACHT', 'COMMUNICATIE', 'ZORG', 'FG')")
class ConsentGroupController {

	private final Directory directory;

	private final ConsentRegister register;

	private final ConsentRounds rounds;

	private final Clock clock;

	ConsentGroupController(Directory directory, ConsentRegister register, ConsentRounds rounds, Clock clock) {
		this.directory = directory;
		this.register = register;
		this.rounds = rounds;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String group(@AuthenticationPrincipal CurrentUser viewer, @PathVariable long id, Model model) {
		Directory.GroupDetails group = this.directory.group(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<PersonFacts> all = this.directory.studentsOfGroup(id);
		// one reach check for the whole group, not one per student
		Set<String> visible = this.directory.visible(viewer, all.stream().map(PersonFacts::ref).toList());
		List<PersonFacts> students = all.stream().filter(student -> visible.contains(student.ref())).toList();
		if (students.isEmpty() && !all.isEmpty()) {
			// the viewer's roles do not reach this group
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, List<ConsentDecision>> answers = this.register.decisions(students, this.clock.instant());
		model.addAttribute("group", group);
		model.addAttribute("students", students);
		model.addAttribute("allowed", allowedMedia(answers));
		model.addAttribute("purposes", this.register.activePurposes());
		model.addAttribute("coverage", this.rounds.coverageOf(group.group(), students, null, this.clock.instant()));
		return "consent/group";
	}

	/** Per student, per purpose: the media in which they may appear. */
	private static Map<String, Map<String, List<Medium>>> allowedMedia(Map<String, List<ConsentDecision>> answers) {
		Map<String, Map<String, List<Medium>>> allowed = new HashMap<>();
		answers.forEach((ref, decisions) -> {
			Map<String, List<Medium>> perPurpose = new HashMap<>();
			decisions.forEach(decision -> {
				List<Medium> media = perPurpose.computeIfAbsent(decision.purpose(), code -> new ArrayList<>());
				if (decision.allowed()) {
					media.add(decision.medium());
				}
			});
			allowed.put(ref, perPurpose);
		});
		return allowed;
	}

}
