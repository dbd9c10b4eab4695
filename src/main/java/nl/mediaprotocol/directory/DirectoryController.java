package nl.mediaprotocol.directory;

import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import nl.mediaprotocol.account.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/directory")
class DirectoryController {

	static final int PAGE_SIZE = 25;

	private final Directory directory;

	DirectoryController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	String index(@AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("units", this.directory.unitTree());
		model.addAttribute("kinds", this.directory.searchableKinds(viewer));
		return "directory/index";
	}

	@GetMapping("/people")
	String people(@AuthenticationPrincipal CurrentUser viewer, PeopleQuery query, Model model) {
		addResults(viewer, query, model);
		return "directory/people";
	}

	@HxRequest
	@GetMapping("/people")
	String peopleResults(@AuthenticationPrincipal CurrentUser viewer, PeopleQuery query, Model model) {
		addResults(viewer, query, model);
		return "directory/people :: results";
	}

	private void addResults(CurrentUser viewer, PeopleQuery query, Model model) {
		Set<PersonKind> kinds = this.directory.searchableKinds(viewer);
		PersonKind kind = query.kind() != null && kinds.contains(query.kind()) ? query.kind()
				: kinds.stream().findFirst().orElse(PersonKind.STUDENT);
		PersonSearch search = new PersonSearch(kind, query.unit(), query.group(), query.q());
		model.addAttribute("query", query);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", kinds);
		model.addAttribute("page", this.directory.search(viewer, search,
				PageRequest.of(Math.max(0, query.page() == null ? 0 : query.page()), PAGE_SIZE)));
	}

	@GetMapping("/people/{ref}")
	String person(@AuthenticationPrincipal CurrentUser viewer, @PathVariable String ref, Model model) {
		// a person the viewer may not see does not exist for them
		model.addAttribute("person", this.directory.open(viewer, ref).orElseThrow(DirectoryController::notFound));
		return "directory/person";
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, Model model) {
		model.addAttribute("details", this.directory.unit(code).orElseThrow(DirectoryController::notFound));
		return "directory/unit";
	}

	@GetMapping("/groups/{id}")
	String group(@AuthenticationPrincipal CurrentUser viewer, @PathVariable long id, Model model) {
		Directory.GroupDetails details = this.directory.group(id).orElseThrow(DirectoryController::notFound);
		model.addAttribute("details", details);
		model.addAttribute("students", this.directory.search(viewer,
				new PersonSearch(PersonKind.STUDENT, null, id, null), PageRequest.of(0, 200)));
		model.addAttribute("teachers", this.directory.search(viewer,
				new PersonSearch(PersonKind.EMPLOYEE, null, id, null), PageRequest.of(0, 50)));
		return "directory/group";
	}

	/** The search form's fields, as they come in the query string. */
	record PeopleQuery(@Nullable PersonKind kind, @Nullable String unit, @Nullable Long group, @Nullable String q,
			@Nullable Integer page) {
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
