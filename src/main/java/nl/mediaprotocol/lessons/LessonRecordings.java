package nl.mediaprotocol.lessons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.consent.ConsentDecision;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.consent.Purpose;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permissions to record during lessons (3.1.2), given in advance by a teacher of the
 * group or by management, and who in the group must stay out of view for lack of consent
 * (3.1.6).
 */
@Service
@Transactional
class LessonRecordings {

	private final LessonPermissions permissions;

	private final LessonAccess access;

	private final Directory directory;

	private final ConsentRegister consents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LessonRecordings(LessonPermissions permissions, LessonAccess access, Directory directory, ConsentRegister consents,
			ApplicationEventPublisher events, Clock clock) {
		this.permissions = permissions;
		this.access = access;
		this.directory = directory;
		this.consents = consents;
		this.events = events;
		this.clock = clock;
	}

	/** What a viewer sees on the overview. */
	record Overview(List<LessonPermission> standing, List<LessonPermission> past,
			List<Directory.GroupDetails> groupsToGrant, Map<Long, Directory.GroupDetails> groups) {
	}

	/**
	 * A permission as one viewer may see it; the students without consent only for staff.
	 */
	record Opened(LessonPermission permission, Directory.GroupDetails group, boolean asStaff,
			List<WithoutConsent> withoutConsent, List<PersonFacts> recorders) {
	}

	/**
	 * A student of the group who may not be recorded in some of the permission's media.
	 */
	record WithoutConsent(String ref, String displayName, List<Medium> media) {
	}

	@Transactional(readOnly = true)
	Overview overview(CurrentUser user) {
		LessonAccess.Reach reach = this.access.of(user);
		Instant now = this.clock.instant();
		// students and guardians see what stands or is to come; staff also what is past
		List<LessonPermission> standing = this.permissions.standing(reach.allGroups(), now);
		List<LessonPermission> past = this.permissions.past(reach.staffGroups(), now);
		Map<Long, Directory.GroupDetails> groups = reach.allGroups()
			.stream()
			.map(this.directory::group)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(group -> group.group().id(), group -> group));
		List<Directory.GroupDetails> toGrant = reach.staffGroups()
			.stream()
			.map(groups::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(group -> group.group().code()))
			.toList();
		return new Overview(standing, past, toGrant, groups);
	}

	/** The group, when the viewer may give permission in it. */
	@Transactional(readOnly = true)
	Optional<Directory.GroupDetails> groupToGrant(CurrentUser user, long groupId) {
		return this.access.of(user).isStaffOf(groupId) ? this.directory.group(groupId) : Optional.empty();
	}

	@Transactional(readOnly = true)
	List<PersonFacts> studentsOf(long groupId) {
		return this.directory.studentsOfGroup(groupId);
	}

	/** Gives permission for a lesson, or says why it cannot be given. */
	long grant(CurrentUser user, long groupId, PermissionForm form) {
		Directory.GroupDetails group = groupToGrant(user, groupId)
			.orElseThrow(() -> new LessonRefused(LessonRefused.NOT_FOUND));
		Instant now = this.clock.instant();
		LessonWindow window = LessonWindow.of(form.date(), form.from(), form.until(), this.clock.getZone(), now);
		String purpose = form.purpose() == null ? "" : form.purpose().strip();
		if (this.consents.activePurposes().stream().noneMatch(candidate -> candidate.code().equals(purpose))) {
			throw new LessonRefused("lessons.refused.purpose");
		}
		List<Medium> media = media(form.mediaOrEmpty());
		Recorders recorders = recorders(form.recorders());
		List<String> named = recorders.named(form.studentsOrEmpty(),
				this.directory.studentsOfGroup(groupId).stream().map(PersonFacts::ref).toList());
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note != null && note.length() > PermissionForm.MAX_TEXT) {
			throw new LessonRefused("lessons.refused.tooLong");
		}
		long id = this.permissions.add(new LessonPermissions.NewPermission(groupId, window, purpose, media, recorders,
				named, note, user.getUsername(), user.displayName(), now));
		this.events.publishEvent(new LessonPermissionEvent(id, "GRANTED", group.group().code() + " " + purpose + " "
				+ media.stream().map(Medium::name).collect(Collectors.joining(",")) + " " + recorders));
		return id;
	}

	/** Withdraws a permission that still stands or is to come, with a reason. */
	void withdraw(CurrentUser user, long id, @Nullable String reason) {
		LessonPermission permission = this.permissions.find(id)
			.filter(found -> this.access.of(user).isStaffOf(found.groupId()))
			.orElseThrow(() -> new LessonRefused(LessonRefused.NOT_FOUND));
		Instant now = this.clock.instant();
		permission.checkWithdrawable(now, reason);
		this.permissions.withdraw(id, user.getUsername(), reason.strip(), now);
		this.events.publishEvent(new LessonPermissionEvent(id, "WITHDRAWN", null));
	}

	/**
	 * Opens a permission: staff of the group see it whole, with who lacks consent (a read
	 * of consent answers, so audited); students and guardians of the group see it while
	 * it stands or is to come. Anyone else gets nothing, and the refusal is audited.
	 */
	@Transactional(readOnly = true)
	Optional<Opened> open(CurrentUser user, long id) {
		LessonAccess.Reach reach = this.access.of(user);
		Instant now = this.clock.instant();
		Optional<LessonPermission> found = this.permissions.find(id)
			.filter(permission -> reach.isStaffOf(permission.groupId())
					|| (reach.isFamilyOf(permission.groupId()) && permission.standsAt(now)));
		if (found.isEmpty()) {
			this.events.publishEvent(new LessonPermissionEvent(id, "OPEN_REFUSED", null));
			return Optional.empty();
		}
		LessonPermission permission = found.get();
		boolean asStaff = reach.isStaffOf(permission.groupId());
		if (asStaff) {
			this.events.publishEvent(new LessonPermissionEvent(id, "READ", null));
		}
		return this.directory.group(permission.groupId())
			.map(group -> new Opened(permission, group, asStaff, asStaff ? withoutConsent(permission) : List.of(),
					this.directory.facts(permission.recorderRefs())
						.stream()
						.sorted(Comparator.comparing(PersonFacts::displayName))
						.toList()));
	}

	/**
	 * The students of the group the consent register does not allow, at the start of the
	 * lesson, in one or more of the permission's media for its purpose: they stay out of
	 * view. One batch question to the register for the whole group.
	 */
	List<WithoutConsent> withoutConsent(LessonPermission permission) {
		List<PersonFacts> students = this.directory.studentsOfGroup(permission.groupId());
		Map<String, List<ConsentDecision>> answers = this.consents.decisions(students, permission.startsAt());
		List<WithoutConsent> without = new ArrayList<>();
		for (PersonFacts student : students) {
			Set<Medium> allowed = EnumSet.noneOf(Medium.class);
			answers.getOrDefault(student.ref(), List.of())
				.stream()
				.filter(decision -> decision.purpose().equals(permission.purpose()) && decision.allowed())
				.forEach(decision -> allowed.add(decision.medium()));
			List<Medium> missing = permission.media().stream().filter(medium -> !allowed.contains(medium)).toList();
			if (!missing.isEmpty()) {
				without.add(new WithoutConsent(student.ref(), student.displayName(), missing));
			}
		}
		return without;
	}

	/** The purposes by code, to name them. */
	@Transactional(readOnly = true)
	Map<String, Purpose> purposes() {
		return this.consents.purposes().stream().collect(Collectors.toMap(Purpose::code, purpose -> purpose));
	}

	@Transactional(readOnly = true)
	List<Purpose> activePurposes() {
		return this.consents.activePurposes();
	}

	private static List<Medium> media(List<String> names) {
		List<Medium> media = new ArrayList<>();
		for (Medium medium : Medium.values()) {
			if (names.contains(medium.name())) {
				media.add(medium);
			}
		}
		if (media.isEmpty() || media.size() != names.stream().distinct().count()) {
			throw new LessonRefused("lessons.refused.mediaNeeded");
		}
		return media;
	}

	private static Recorders recorders(@Nullable String name) {
		for (Recorders recorders : Recorders.values()) {
			if (recorders.name().equals(name)) {
				return recorders;
			}
		}
		throw new LessonRefused("lessons.refused.recordersNeeded");
	}

}
