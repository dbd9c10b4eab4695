package nl.mediaprotocol.consent;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.UnreadableImage;
import nl.mediaprotocol.system.FileSignatures;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** Scans of signed paper consent forms, uploaded by staff. */
@Component
class Scans {

	/** What a scan may be: a PDF or a photo of the form. */
	static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	private final Screening screening;

	Scans(JdbcClient jdbc, Directory directory, Screening screening, Clock clock) {
		this.jdbc = jdbc;
		this.screening = screening;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	long store(String subjectRef, MultipartFile file, CurrentUser uploader) throws IOException {
		if (ConsentRegister.RECORDING_ROLES.stream().noneMatch(uploader::has)) {
			throw new ConsentRefused(RefusalReason.PAPER_NEEDS_STAFF);
		}
		if (!this.directory.sees(uploader, subjectRef)) {
			throw new ConsentRefused(RefusalReason.UNKNOWN_PERSON);
		}
		byte[] received = file.getBytes();
		if (received.length == 0 || received.length > MAX_BYTES || FileSignatures.contentType(received).isEmpty()) {
			throw new ConsentRefused(RefusalReason.SCAN_UNREADABLE);
		}
		byte[] content = withoutImageMetadata(received);
		String type = FileSignatures.contentType(content).orElseThrow();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into consent_scans (subject_ref, file_name, content_type, content, uploaded_by, uploaded_at)
				values (:subject, :name, :type, :content, :by, :at)
				""")
			.param("subject", subjectRef)
			.param("name", name(file))
			.param("type", type)
			.param("content", content)
			.param("by", uploader.getUsername())
			.param("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** A photographed form is kept re-encoded from its pixels; a PDF as it came. */
	private byte[] withoutImageMetadata(byte[] scan) {
		if (FileSignatures.imageType(scan).isEmpty()) {
			return scan;
		}
		try {
			return this.screening.withoutMetadata(scan);
		}
		catch (UnreadableImage ex) {
			throw new ConsentRefused(RefusalReason.SCAN_UNREADABLE);
		}
	}

	Optional<Scan> find(long id) {
		return this.jdbc
			.sql("select id, subject_ref, file_name, content_type, content from consent_scans where id = :id")
			.param("id", id)
			.query((rs, row) -> new Scan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBytes(5)))
			.optional();
	}

	private static String name(MultipartFile file) {
		String name = StringUtils.getFilename(file.getOriginalFilename());
		if (name == null || name.isBlank()) {
			return "scan";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	record Scan(long id, String subjectRef, String fileName, String contentType, byte[] content) {
	}

}
