package nl.mediaprotocol.consent;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.BoardProperties;
import nl.mediaprotocol.system.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The consent form as a PDF, pre-filled for one person, to print, sign and scan: written
 * consent (3.1.6) for those who do not use the portal.
 */
@Component
class ConsentForms {

	private final TemplateEngine templates;

	private final ConsentRegister register;

	private final Directory directory;

	private final BoardProperties board;

	private final Clock clock;

	ConsentForms(TemplateEngine templates, ConsentRegister register, Directory directory, BoardProperties board,
			Clock clock) {
		this.templates = templates;
		this.register = register;
		this.directory = directory;
		this.board = board;
		this.clock = clock;
	}

	byte[] pdf(PersonFacts person, List<PersonFacts> signers) {
		Context context = new Context(Locale.of("nl"));
		context.setVariables(Map.of("person", person, "signers", signers, "purposes", this.register.activePurposes(),
				"media", Medium.values(), "board", this.board, "today", LocalDate.now(this.clock), "group",
				person.groupId() == null ? ""
						: this.directory.group(person.groupId()).map(group -> group.group().name()).orElse("")));
		String html = this.templates.process("consent/form-pdf", context);
		return PdfDocuments.fromXhtml(html);
	}

}
