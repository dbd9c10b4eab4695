package nl.mediaprotocol.consent;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.screening.UnreadableImage;
import nl.mediaprotocol.system.FileReferences;
import nl.mediaprotocol.system.FileSignatures;
import nl.mediaprotocol.system.StoredFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Scans of signed paper consent forms, uploaded by staff; the files in the file store.
 */
@Component
class Scans implements FileReferences {

	/** What a scan may be: a PDF or a photo of the form. */
	static final Set<String> CONTENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	private final Screening screening;

	private final StoredFiles files;

	Scans(JdbcClient jdbc, Directory directory, Screening screening, StoredFiles files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
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
				insert into consent_scans (subject_ref, file_name, content_type, file_key, uploaded_by, uploaded_at)
				values (:subject, :name, :type, :key, :by, :at)
				""")
			.param("subject", subjectRef)
			.param("name", name(file))
			.param("type", type)
			.param("key", this.files.store(content))
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

	/**
	 * A scan with its file; a scan purged after the retention period has an empty one.
	 */
	Optional<Scan> find(long id) {
		return this.jdbc
			.sql("select id, subject_ref, file_name, content_type, file_key from consent_scans where id = :id")
			.param("id", id)
			.query((rs, row) -> new Scan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					content(rs.getString(5))))
			.optional();
	}

	/** The files of these scans, to be deleted with them once their deletion commits. */
	void deleteFilesAfterCommit(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.files.deleteAfterCommit(
					this.jdbc.sql("select file_key from consent_scans where id in (:ids) and file_key is not null")
						.param("ids", ids)
						.query(String.class)
						.list());
		}
	}

	private byte[] content(@Nullable String key) {
		return key == null ? new byte[0] : this.files.read(key);
	}

	@Override
	public Set<String> inUse(Collection<String> keys) {
		return FileReferences.heldBy(this.jdbc, "consent_scans", keys);
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
