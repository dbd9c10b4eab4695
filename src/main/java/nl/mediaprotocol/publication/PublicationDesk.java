package nl.mediaprotocol.publication;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.screening.FindingType;
import nl.mediaprotocol.screening.PhotoResult;
import nl.mediaprotocol.screening.Screening;
import nl.mediaprotocol.system.FileSignatures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where posts are drafted, checked, reviewed and published (3.2.5). Every step checks the
 * post again, because consent may change at any moment.
 */
@Service
@Transactional
class PublicationDesk {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final Publications publications;

	private final Channels channels;

	private final PublicationChecks checks;

	private final Screening screening;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationDesk(Publications publications, Channels channels, PublicationChecks checks, Screening screening,
			Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.publications = publications;
		this.channels = channels;
		this.checks = checks;
		this.screening = screening;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	long draft(CurrentUser author, PublicationKind kind, String text) {
		long id = this.publications.create(kind, author.getUsername(), author.personRef(), text, now());
		this.events.publishEvent(new PublicationEvent(id, "DRAFTED", kind.name()));
		return id;
	}

	@Transactional(readOnly = true)
	Publication get(long id, CurrentUser viewer) {
		Publication publication = this.publications.find(id)
			.orElseThrow(() -> new PublicationRefused("publication.refused.notFound"));
		if (!publication.maySeeIt(viewer, managerOf(publication))) {
			throw new PublicationRefused("publication.refused.notFound");
		}
		return publication;
	}

	void edit(long id, CurrentUser author, String text, Collection<String> channelCodes) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		Set<String> known = this.channels.active().stream().map(Channel::code).collect(Collectors.toSet());
		this.publications.updateText(id, text, now());
		this.publications.setChannels(id, channelCodes.stream().filter(known::contains).toList());
	}

	/**
	 * Adds a photo, video or sound file. A photo is checked for faces and metadata and
	 * kept only as its cleaned copy, without location or other metadata.
	 */
	void attach(long id, CurrentUser author, MultipartFile file) throws IOException {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
			throw new PublicationRefused("publication.refused.fileSize");
		}
		String type = file.getContentType() == null ? "" : file.getContentType();
		byte[] content = file.getBytes();
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "bestand"
				: org.springframework.util.StringUtils.getFilename(file.getOriginalFilename());
		if (type.startsWith("image/")) {
			PhotoResult photo = this.screening.screen(content);
			if (photo.findings().stream().anyMatch(finding -> finding.type() == FindingType.UNREADABLE_IMAGE)) {
				throw new PublicationRefused("publication.refused.unreadablePhoto");
			}
			String removed = photo.findings()
				.stream()
				.map(finding -> finding.type())
				.filter(found -> found == FindingType.GPS_POSITION || found == FindingType.PHOTO_METADATA)
				.map(Enum::name)
				.distinct()
				.collect(Collectors.joining(","));
			byte[] cleaned = this.screening.withoutMetadata(content);
			this.publications.addMedia(id, "PHOTO", name, FileSignatures.imageType(cleaned).orElse(FileSignatures.PNG),
					cleaned, photo.faces(), removed.isEmpty() ? null : removed, now());
		}
		else if (type.startsWith("video/") || type.startsWith("audio/")) {
			this.publications.addMedia(id, type.startsWith("video/") ? "VIDEO" : "AUDIO", name, type, content, 0, null,
					now());
		}
		else {
			throw new PublicationRefused("publication.refused.fileType");
		}
	}

	void detach(long id, CurrentUser author, long mediaId) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		media(publication, mediaId);
		this.publications.removeMedia(mediaId);
	}

	/** Tags a person the author may see in the directory on an attachment. */
	void tag(long id, CurrentUser author, long mediaId, String ref) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		media(publication, mediaId);
		if (!this.directory.sees(author, ref)) {
			throw new PublicationRefused("publication.refused.unknownPerson");
		}
		this.publications.tag(mediaId, ref);
	}

	void untag(long id, CurrentUser author, long mediaId, String ref) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		media(publication, mediaId);
		this.publications.untag(mediaId, ref);
	}

	void markUnrecognisable(long id, CurrentUser author, long mediaId, int count) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		Publication.Media media = media(publication, mediaId);
		this.publications.setUnrecognisable(mediaId, Math.max(0, Math.min(count, media.faces())));
	}

	@Transactional(readOnly = true)
	CheckResult check(Publication publication) {
		return check(publication, now());
	}

	void submit(long id, CurrentUser author, @Nullable String reason) {
		Publication publication = get(id, author);
		publication.checkEditableBy(author);
		publication.checkSubmittable(check(publication), reason);
		this.publications.submitted(id, reason == null || reason.isBlank() ? null : reason.strip(), now());
		this.events.publishEvent(new PublicationEvent(id, "SUBMITTED", null));
	}

	/** Approves a submitted post; the checks run again, as consent may have changed. */
	void approve(long id, CurrentUser reviewer) {
		Publication publication = reviewable(id, reviewer);
		if (publication.kind() == PublicationKind.BOARD
				&& check(publication).verdict() == nl.mediaprotocol.screening.Verdict.BLOCK) {
			throw new PublicationRefused("publication.refused.blockedNow");
		}
		this.publications.reviewed(id, PublicationStatus.APPROVED, reviewer.getUsername(), null, now());
		this.events.publishEvent(new PublicationEvent(id, "APPROVED", null));
	}

	void returnToAuthor(long id, CurrentUser reviewer, String comment) {
		Publication publication = reviewable(id, reviewer);
		if (comment == null || comment.isBlank()) {
			throw new PublicationRefused("publication.refused.commentNeeded");
		}
		this.publications.reviewed(publication.id(), PublicationStatus.RETURNED, reviewer.getUsername(),
				comment.strip(), now());
		this.events.publishEvent(new PublicationEvent(id, "RETURNED", null));
	}

	/**
	 * Records that an approved post went out on a channel, with its link. Refused when a
	 * check for that channel blocks now, e.g. because consent was withdrawn after
	 * approval.
	 */
	void published(long id, CurrentUser by, String channel, String url) {
		Publication publication = get(id, by);
		if (publication.status() != PublicationStatus.APPROVED) {
			throw new PublicationRefused("publication.refused.notApproved");
		}
		if (!publication.channels().contains(channel) || publication.published().containsKey(channel)) {
			throw new PublicationRefused("publication.refused.notAChannel");
		}
		if (!publication.isAuthor(by) && !by.has(Role.COMMUNICATIE)) {
			throw new PublicationRefused("publication.refused.notAuthor");
		}
		if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 1000) {
			throw new PublicationRefused("publication.refused.url");
		}
		if (check(publication).verdictFor(channel) == nl.mediaprotocol.screening.Verdict.BLOCK) {
			throw new PublicationRefused("publication.refused.blockedNow");
		}
		this.publications.recordPublished(id, channel, url.strip(), by.getUsername(), now());
		if (publication.published().size() + 1 == publication.channels().size()) {
			this.publications.setStatus(id, PublicationStatus.PUBLISHED, now());
		}
		this.events.publishEvent(new PublicationEvent(id, "PUBLISHED", channel));
	}

	@Transactional(readOnly = true)
	List<Publication> mine(CurrentUser user) {
		return this.publications.where("author = :author", Map.of("author", user.getUsername()));
	}

	/** The posts waiting for this person's review. */
	@Transactional(readOnly = true)
	List<Publication> toReview(CurrentUser user) {
		return this.publications.where("status = 'SUBMITTED'", Map.of())
			.stream()
			.filter(publication -> publication.mayBeReviewedBy(user, managerOf(publication)))
			.toList();
	}

	/** Approved posts still to go out, for communications. */
	@Transactional(readOnly = true)
	List<Publication> approved(CurrentUser user) {
		return this.publications.where("status = 'APPROVED' and kind = 'BOARD'", Map.of())
			.stream()
			.filter(publication -> publication.isAuthor(user) || user.has(Role.COMMUNICATIE))
			.toList();
	}

	@Transactional(readOnly = true)
	@Nullable String managerOf(Publication publication) {
		return publication.authorRef() == null ? null
				: this.directory.facts(publication.authorRef()).map(PersonFacts::managerRef).orElse(null);
	}

	List<Channel> channels() {
		return this.channels.active();
	}

	@Transactional(readOnly = true)
	java.util.Optional<Publications.StoredFile> file(long id, long mediaId) {
		return this.publications.file(id, mediaId);
	}

	/** The display names of the people tagged on a post. */
	@Transactional(readOnly = true)
	Map<String, String> names(Publication publication) {
		Set<String> refs = publication.media()
			.stream()
			.flatMap(media -> media.tags().stream())
			.collect(Collectors.toSet());
		return this.directory.facts(refs)
			.stream()
			.collect(Collectors.toMap(PersonFacts::ref, PersonFacts::displayName));
	}

	private Publication reviewable(long id, CurrentUser reviewer) {
		Publication publication = this.publications.find(id)
			.orElseThrow(() -> new PublicationRefused("publication.refused.notFound"));
		if (!publication.mayBeReviewedBy(reviewer, managerOf(publication))) {
			throw new PublicationRefused("publication.refused.notReviewer");
		}
		if (publication.status() != PublicationStatus.SUBMITTED) {
			throw new PublicationRefused("publication.refused.notSubmitted");
		}
		return publication;
	}

	private CheckResult check(Publication publication, Instant at) {
		List<Channel> targets = this.channels.all()
			.stream()
			.filter(channel -> publication.channels().contains(channel.code()))
			.toList();
		List<PublicationChecks.Attachment> attachments = publication.media()
			.stream()
			.map(media -> new PublicationChecks.Attachment(media.medium(), media.fileName(), media.untaggedFaces(),
					media.tags()))
			.toList();
		return this.checks.check(publication.text(), publication.kind() == PublicationKind.PERSONAL, targets,
				attachments, at);
	}

	private static Publication.Media media(Publication publication, long mediaId) {
		return publication.media()
			.stream()
			.filter(media -> media.id() == mediaId)
			.findFirst()
			.orElseThrow(() -> new PublicationRefused("publication.refused.notFound"));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
