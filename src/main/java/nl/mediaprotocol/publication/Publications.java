package nl.mediaprotocol.publication;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.system.FileReferences;
import nl.mediaprotocol.system.StoredFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The posts, their targets, attachments, tags and publication records; the attachments'
 * files in the file store.
 */
@Repository
class Publications implements FileReferences {

	private final JdbcClient jdbc;

	private final StoredFiles files;

	Publications(JdbcClient jdbc, StoredFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	long create(PublicationKind kind, String author, @Nullable String authorRef, String text, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into publications (kind, author, author_ref, text, status, created_at, updated_at)
				values (:kind, :author, :ref, :text, 'DRAFT', :at, :at)
				""")
			.param("kind", kind.name())
			.param("author", author)
			.param("ref", authorRef)
			.param("text", text)
			.param("at", utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Publication> find(long id) {
		return this.jdbc.sql("select * from publications where id = :id")
			.param("id", id)
			.query((rs, row) -> new Row(rs.getLong("id"), PublicationKind.valueOf(rs.getString("kind")),
					rs.getString("author"), rs.getString("author_ref"), rs.getString("text"),
					PublicationStatus.valueOf(rs.getString("status")), rs.getString("warn_reason"),
					rs.getString("review_comment"), rs.getString("reviewed_by"),
					instant(rs.getObject("reviewed_at", OffsetDateTime.class)),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional()
			.map(this::assemble);
	}

	/** The posts a list shows: those by an author, or those waiting for review. */
	List<Publication> where(String condition, Map<String, ?> params) {
		List<Long> ids = this.jdbc.sql("select id from publications where " + condition + " order by updated_at desc")
			.params(params)
			.query(Long.class)
			.list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	void updateText(long id, String text, Instant at) {
		this.jdbc.sql("update publications set text = :text, updated_at = :at where id = :id")
			.param("text", text)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void setChannels(long id, Collection<String> channels) {
		this.jdbc.sql("delete from publication_targets where publication_id = :id").param("id", id).update();
		for (String channel : new LinkedHashSet<>(channels)) {
			this.jdbc.sql("insert into publication_targets (publication_id, channel_code) values (:id, :channel)")
				.param("id", id)
				.param("channel", channel)
				.update();
		}
	}

	void setStatus(long id, PublicationStatus status, Instant at) {
		this.jdbc.sql("update publications set status = :status, updated_at = :at where id = :id")
			.param("status", status.name())
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void submitted(long id, @Nullable String reason, Instant at) {
		this.jdbc.sql("""
				update publications set status = 'SUBMITTED', warn_reason = :reason, submitted_at = :at,
				    updated_at = :at where id = :id
				""").param("reason", reason).param("at", utc(at)).param("id", id).update();
	}

	void reviewed(long id, PublicationStatus status, String reviewer, @Nullable String comment, Instant at) {
		this.jdbc.sql("""
				update publications set status = :status, reviewed_by = :reviewer, review_comment = :comment,
				    reviewed_at = :at, updated_at = :at where id = :id
				""")
			.param("status", status.name())
			.param("reviewer", reviewer)
			.param("comment", comment)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	long addMedia(long publicationId, String medium, String fileName, String contentType, byte[] content, int faces,
			@Nullable String removedMetadata, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into publication_media (publication_id, medium, file_name, content_type, file_key, faces,
				    unrecognisable, removed_metadata, uploaded_at)
				values (:publication, :medium, :name, :type, :key, :faces, 0, :removed, :at)
				""")
			.param("publication", publicationId)
			.param("medium", medium)
			.param("name", fileName)
			.param("type", contentType)
			.param("key", this.files.store(content))
			.param("faces", faces)
			.param("removed", removedMetadata)
			.param("at", utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void removeMedia(long mediaId) {
		deleteFilesAfterCommit("id in (:ids)", List.of(mediaId));
		this.jdbc.sql("delete from publication_tags where media_id = :id").param("id", mediaId).update();
		this.jdbc.sql("delete from publication_media where id = :id").param("id", mediaId).update();
	}

	void tag(long mediaId, String ref) {
		boolean tagged = this.jdbc
			.sql("select count(*) from publication_tags where media_id = :media and person_ref = :ref")
			.param("media", mediaId)
			.param("ref", ref)
			.query(Long.class)
			.single() > 0;
		if (!tagged) {
			this.jdbc.sql("insert into publication_tags (media_id, person_ref) values (:media, :ref)")
				.param("media", mediaId)
				.param("ref", ref)
				.update();
		}
	}

	void untag(long mediaId, String ref) {
		this.jdbc.sql("delete from publication_tags where media_id = :media and person_ref = :ref")
			.param("media", mediaId)
			.param("ref", ref)
			.update();
	}

	void setUnrecognisable(long mediaId, int count) {
		this.jdbc.sql("update publication_media set unrecognisable = :count where id = :id")
			.param("count", count)
			.param("id", mediaId)
			.update();
	}

	Optional<StoredFile> file(long publicationId, long mediaId) {
		return this.jdbc
			.sql("select file_name, content_type, file_key from publication_media where id = :id"
					+ " and publication_id = :publication")
			.param("id", mediaId)
			.param("publication", publicationId)
			.query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), this.files.read(rs.getString(3))))
			.optional();
	}

	/** The posts' files, deleted with them once their deletion commits. */
	void deleteFilesOfPublicationsAfterCommit(Collection<Long> publicationIds) {
		deleteFilesAfterCommit("publication_id in (:ids)", publicationIds);
	}

	private void deleteFilesAfterCommit(String where, Collection<Long> ids) {
		this.files.deleteAfterCommit(this.jdbc.sql("select file_key from publication_media where " + where)
			.param("ids", ids)
			.query(String.class)
			.list());
	}

	@Override
	public Set<String> inUse(Collection<String> keys) {
		return FileReferences.heldBy(this.jdbc, "publication_media", keys);
	}

	void recordPublished(long id, String channel, String url, String by, Instant at) {
		this.jdbc.sql("""
				insert into publication_records (publication_id, channel_code, published_at, url, published_by)
				values (:id, :channel, :at, :url, :by)
				""")
			.param("id", id)
			.param("channel", channel)
			.param("at", utc(at))
			.param("url", url)
			.param("by", by)
			.update();
	}

	/**
	 * Published posts on channels of a consent purpose that show a person in a medium:
	 * what a withdrawal of that consent affects.
	 */
	List<Affected> publishedShowing(String ref, String purpose, String medium) {
		return this.jdbc.sql("""
				select distinct r.publication_id, r.channel_code from publication_records r
				join publication_channels c on c.code = r.channel_code
				join publication_media m on m.publication_id = r.publication_id
				join publication_tags t on t.media_id = m.id
				where t.person_ref = :ref and c.consent_purpose = :purpose and m.medium = :medium
				order by r.publication_id, r.channel_code
				""")
			.param("ref", ref)
			.param("purpose", purpose)
			.param("medium", medium)
			.query((rs, row) -> new Affected(rs.getLong(1), rs.getString(2)))
			.list();
	}

	record Affected(long publicationId, String channel) {
	}

	record StoredFile(String fileName, String contentType, byte[] content) {
	}

	private Publication assemble(Row row) {
		Set<String> channels = new LinkedHashSet<>(this.jdbc
			.sql("select channel_code from publication_targets where publication_id = :id order by channel_code")
			.param("id", row.id())
			.query(String.class)
			.list());
		Map<Long, Set<String>> tags = new HashMap<>();
		this.jdbc.sql("""
				select t.media_id, t.person_ref from publication_tags t
				join publication_media m on m.id = t.media_id
				where m.publication_id = :id order by t.person_ref
				""").param("id", row.id()).query(rs -> {
			tags.computeIfAbsent(rs.getLong(1), media -> new LinkedHashSet<>()).add(rs.getString(2));
		});
		List<Publication.Media> media = new ArrayList<>(this.jdbc.sql("""
				select id, medium, file_name, content_type, faces, unrecognisable, removed_metadata
				from publication_media where publication_id = :id order by id
				""")
			.param("id", row.id())
			.query((rs, n) -> new Publication.Media(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7),
					Set.copyOf(tags.getOrDefault(rs.getLong(1), Set.of()))))
			.list());
		Map<String, Publication.Published> published = new LinkedHashMap<>();
		this.jdbc
			.sql("select channel_code, published_at, url, published_by from publication_records"
					+ " where publication_id = :id order by published_at")
			.param("id", row.id())
			.query(rs -> {
				published.put(rs.getString(1), new Publication.Published(
						rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4)));
			});
		return new Publication(row.id(), row.kind(), row.author(), row.authorRef(), row.text(), row.status(), channels,
				media, published, row.warnReason(), row.reviewComment(), row.reviewedBy(), row.reviewedAt(),
				row.createdAt());
	}

	private record Row(long id, PublicationKind kind, String author, @Nullable String authorRef, String text,
			PublicationStatus status, @Nullable String warnReason, @Nullable String reviewComment,
			@Nullable String reviewedBy, @Nullable Instant reviewedAt, Instant createdAt) {
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
