package nl.mediaprotocol.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.audit.AuditLookup;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.system.BoardProperties;
import nl.mediaprotocol.system.PdfDocuments;
import nl.mediaprotocol.system.PersonalDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request of access (AVG article 15): everything the system holds about one person,
 * from every module that holds personal data and from the audit trail, as a ZIP with one
 * JSON file per part and a readable PDF.
 */
@Service
class AccessExport {

	private final List<PersonalDataSource> sources;

	private final AuditLookup audit;

	private final Directory directory;

	private final TemplateEngine templates;

	private final BoardProperties board;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	AccessExport(List<PersonalDataSource> sources, AuditLookup audit, Directory directory, TemplateEngine templates,
			BoardProperties board, ApplicationEventPublisher events, Clock clock) {
		this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
		this.audit = audit;
		this.directory = directory;
		this.templates = templates;
		this.board = board;
		this.events = events;
		this.clock = clock;
	}

	/** Everything about the person, per part. */
	@Transactional(readOnly = true)
	Map<String, List<Map<String, Object>>> collect(String ref) {
		Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
		for (PersonalDataSource source : this.sources) {
			parts.put(source.section(), source.about(ref));
		}
		parts.put("audittrail", this.audit.naming(ref));
		return parts;
	}

	/** The ZIP for a person in the directory; empty for an unknown ref. */
	@Transactional
	Optional<byte[]> zip(String ref, CurrentUser fg) {
		Optional<PersonFacts> person = this.directory.facts(ref);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		Map<String, List<Map<String, Object>>> parts = collect(ref);
		this.events.publishEvent(new AccessExported(ref));
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, List<Map<String, Object>>> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey() + ".json"));
				zip.write(this.json.writeValueAsBytes(part.getValue()));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("overzicht.pdf"));
			zip.write(pdf(person.get(), parts));
			zip.closeEntry();
			zip.finish();
			return Optional.of(bytes.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] pdf(PersonFacts person, Map<String, List<Map<String, Object>>> parts) {
		Context context = new Context(Locale.of("nl"));
		context.setVariables(Map.of("person", person, "parts", parts, "board", this.board, "printedAt",
				this.clock.instant().atZone(this.clock.getZone()).toLocalDateTime()));
		String html = this.templates.process("privacy/access-pdf", context);
		return PdfDocuments.fromXhtml(html);
	}

}
