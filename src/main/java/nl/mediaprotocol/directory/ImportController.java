package nl.mediaprotocol.directory;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/directory/import")
@PreAuthorize("hasRole('BEHEERDER')")
class ImportController {

	private final DirectoryImporter importer;

	ImportController(DirectoryImporter importer) {
		this.importer = importer;
	}

	@ModelAttribute("importKinds")
	ImportKind[] importKinds() {
		return ImportKind.values();
	}

	@GetMapping
	String form() {
		return "directory/import";
	}

	@PostMapping
	String upload(@RequestParam ImportKind kind, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		model.addAttribute("kind", kind);
		if (file.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return "directory/import";
		}
		model.addAttribute("report", this.importer.importCsv(kind, file.getBytes()));
		model.addAttribute("fileName", file.getOriginalFilename());
		return "directory/import";
	}

}
