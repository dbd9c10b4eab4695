package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.PersonView.PersonLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory for integrations: who may see whom, and which fields, follows the
 * caller's roles.
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

	private final Directory directory;

	PeopleApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	PagedModel<PersonResource> people(@AuthenticationPrincipal CurrentUser caller, @RequestParam PersonKind kind,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String group, @PageableDefault(size = 50) Pageable pageable) {
		Long groupId = null;
		if (group != null) {
			groupId = this.directory.currentGroup(group)
				.map(PersonView.GroupLabel::id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown group " + group));
		}
		PersonSearch search = new PersonSearch(kind, unit, groupId, null);
		return new PagedModel<>(this.directory.search(caller, search, pageable).map(PersonResource::of));
	}

	@GetMapping("/{ref}")
	PersonResource person(@AuthenticationPrincipal CurrentUser caller, @PathVariable String ref) {
		return this.directory.open(caller, ref)
			.map(PersonResource::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No person " + ref));
	}

	/** A person in the API: fields the caller may not see are left out. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record PersonResource(String ref, PersonKind kind, String firstName, String lastName, @Nullable String unit,
			@Nullable String group, @Nullable String function, @Nullable LocalDate dateOfBirth,
			List<String> guardianRefs, List<String> studentRefs) {

		static PersonResource of(PersonView person) {
			return new PersonResource(person.ref(), person.kind(), person.firstName(), person.lastName(),
					person.unit() == null ? null : person.unit().code(),
					person.group() == null ? null : person.group().code(), person.function(), person.dateOfBirth(),
					person.guardians().stream().map(PersonLabel::ref).toList(),
					person.students().stream().map(PersonLabel::ref).toList());
		}

	}

}
