package nl.mediaprotocol.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.mediaprotocol.account.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/protocol/versions")
@PreAuthorize("hasRole('BEHEERDER')")
class ProtocolAdminController {

	private final Protocol protocol;

	ProtocolAdminController(Protocol protocol) {
		this.protocol = protocol;
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", NewVersionForm.empty());
		return "protocol/new";
	}

	@PostMapping
	String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") NewVersionForm form,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: form.text();
		model.addAttribute("form", form.withText(text));
		if (text == null || text.isBlank()) {
			return refuse(model, "protocol.parse.empty");
		}
		if (form.effectiveFrom() == null) {
			return refuse(model, "protocol.new.effectiveFromRequired");
		}
		if (form.hasIncompleteAdoption()) {
			return refuse(model, "protocol.new.adoptionIncomplete");
		}
		try {
			ProtocolVersion version = this.protocol.add(text, form.adoptions(), form.effectiveFrom(),
					user.getUsername(), Map.of());
			redirect.addFlashAttribute("added", version.number());
			return "redirect:/protocol/versions/" + version.number() + "/changes";
		}
		catch (UnparseableProtocol ex) {
			model.addAttribute("problemArgs", ex.args());
			return refuse(model, ex.code());
		}
	}

	private static String refuse(Model model, String code) {
		model.addAttribute("problem", code);
		return "protocol/new";
	}

}
