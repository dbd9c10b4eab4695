package nl.mediaprotocol.cases;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.BoardProperties;
import nl.mediaprotocol.system.PdfDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The dossier of a person (4.1 the personnel file, 4.4 the student file): every entry of
 * every case about them that the viewer may see, on screen or as one PDF. Both are
 * audited.
 */
@Service
@Transactional
class Dossiers {

	private final CaseRecords records;

	private final CaseAccess access;

	private final SanctionLadders ladders;

	private final Directory directory;

	private final TemplateEngine templates;

	private final BoardProperties board;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Dossiers(CaseRecords records, CaseAccess access, SanctionLadders ladders, Directory directory,
			TemplateEngine templates, BoardProperties board, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.access = access;
		this.ladders = ladders;
		this.directory = directory;
		this.templates = templates;
		this.board = board;
		this.events = events;
		this.clock = clock;
	}

	/** A person's dossier: their cases the viewer may see, oldest first. */
	record Dossier(PersonFacts subject, List<Case> cases) {

		public boolean isEmpty() {
			return this.cases.isEmpty();
		}

	}

	/** The dossier for the viewer; empty when they may see no case about the person. */
	Optional<Dossier> of(CurrentUser viewer, String ref) {
		Optional<Dossier> dossier = find(viewer, ref);
		this.events.publishEvent(new DossierEvent(ref, dossier.isPresent() ? "READ" : "OPEN_REFUSED"));
		return dossier;
	}

	/** The dossier as one PDF, to file. */
	Optional<byte[]> pdf(CurrentUser viewer, String ref) {
		Optional<Dossier> dossier = find(viewer, ref);
		this.events.publishEvent(new DossierEvent(ref, dossier.isPresent() ? "EXPORTED" : "OPEN_REFUSED"));
		return dossier.map(this::render);
	}

	private Optional<Dossier> find(CurrentUser viewer, String ref) {
		List<Case> cases = this.records.cases("c.subject_ref = :ref", Map.of("ref", ref))
			.stream()
			.filter(found -> this.access.maySee(viewer, found))
			.toList();
		if (cases.isEmpty()) {
			return Optional.empty();
		}
		return this.directory.facts(ref).map(subject -> new Dossier(subject, cases));
	}

	private byte[] render(Dossier dossier) {
		Context context = new Context(Locale.of("nl"));
		context.setVariables(Map.of("dossier", dossier, "ladders", this.ladders, "board", this.board, "printedAt",
				Instant.now(this.clock), "zone", this.clock.getZone()));
		String html = this.templates.process("cases/dossier-pdf", context);
		return PdfDocuments.fromXhtml(html);
	}

}
