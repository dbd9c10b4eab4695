package nl.mediaprotocol.channels;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.channels.ChannelAgreement.Decision;
import nl.mediaprotocol.channels.ChannelAgreement.Party;
import nl.mediaprotocol.channels.ChannelAgreement.PartyKind;
import nl.mediaprotocol.channels.ChannelAgreement.Status;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Channel agreements (1.6, 3.3.1): a teacher asks for a channel besides the parent
 * portal, the school allows or refuses it, and the teacher, guardians and students old
 * enough each confirm it; it holds while all of them agree and until its end date.
 */
@Service
@Transactional
class ChannelDesk {

	private final ChannelAgreements agreements;

	private final ChannelAccess access;

	private final Directory directory;

	private final ChannelProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChannelDesk(ChannelAgreements agreements, ChannelAccess access, Directory directory, ChannelProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.access = access;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** What a viewer sees on the overview. */
	record Overview(List<ChannelAgreement> agreements, List<Directory.GroupDetails> groupsToAsk,
			Map<Long, Directory.GroupDetails> groups, long toConfirm) {
	}

	/**
	 * An agreement as one viewer may see it, with the names of its parties: the teacher,
	 * then the guardians, then the students, each by name.
	 */
	record Opened(ChannelAgreement agreement, Directory.GroupDetails group, List<Party> parties,
			Map<String, String> names, boolean mayDecide, boolean mayConfirm, boolean mayEnd) {
	}

	/** Who would take part in an agreement for a group, besides the teacher. */
	record Members(List<PersonFacts> guardians, List<PersonFacts> students) {

		boolean isEmpty() {
			return this.guardians.isEmpty() && this.students.isEmpty();
		}

	}

	@Transactional(readOnly = true)
	Overview overview(CurrentUser user) {
		ChannelAccess.Reach reach = this.access.of(user);
		LocalDate today = today();
		List<ChannelAgreement> visible = this.agreements.ofGroupsOrParty(reach.staffGroups(), user.personRef())
			.stream()
			.filter(agreement -> maySee(reach, user.personRef(), agreement))
			.toList();
		Set<Long> groupIds = new LinkedHashSet<>(reach.taughtGroups());
		visible.forEach(agreement -> groupIds.add(agreement.groupId()));
		Map<Long, Directory.GroupDetails> groups = new HashMap<>();
		groupIds.forEach(id -> this.directory.group(id).ifPresent(group -> groups.put(id, group)));
		List<Directory.GroupDetails> toAsk = reach.taughtGroups()
			.stream()
			.map(groups::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(group -> group.group().code()))
			.toList();
		long toConfirm = visible.stream()
			.filter(agreement -> agreement.awaitsConfirmationOf(user.personRef(), today))
			.count();
		return new Overview(visible, toAsk, groups, toConfirm);
	}

	/** The group, when the viewer teaches it and so may ask for a channel with it. */
	@Transactional(readOnly = true)
	Optional<Directory.GroupDetails> groupToAsk(CurrentUser user, long groupId) {
		return user.personRef() != null && this.access.of(user).teaches(groupId) ? this.directory.group(groupId)
				: Optional.empty();
	}

	/**
	 * The guardians of the group's students, and the students old enough to take part
	 * themselves (the board's member age, 16 by default).
	 */
	@Transactional(readOnly = true)
	Members membersOf(long groupId) {
		LocalDate today = today();
		List<PersonFacts> students = this.directory.studentsOfGroup(groupId);
		Set<String> guardianRefs = new LinkedHashSet<>();
		students.forEach(student -> guardianRefs.addAll(student.guardianRefs()));
		List<PersonFacts> guardians = this.directory.facts(guardianRefs)
			.stream()
			.sorted(Comparator.comparing(PersonFacts::displayName))
			.toList();
		List<PersonFacts> oldEnough = students.stream()
			.filter(student -> student.dateOfBirth() != null
					&& Period.between(student.dateOfBirth(), today).getYears() >= this.properties.memberAge())
			.toList();
		return new Members(guardians, oldEnough);
	}

	/** The teacher asks for a channel with a group; the school decides. */
	long request(CurrentUser user, long groupId, ChannelRequestForm form) {
		Directory.GroupDetails group = groupToAsk(user, groupId)
			.orElseThrow(() -> new ChannelRefused(ChannelRefused.NOT_FOUND));
		ChannelRequest request = ChannelRequest.from(form, today(), this.properties.maxTerm());
		Members members = membersOf(groupId);
		if (members.isEmpty()) {
			throw new ChannelRefused("channels.refused.noMembers");
		}
		String teacherRef = Objects.requireNonNull(user.personRef());
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(teacherRef, PartyKind.TEACHER, null));
		members.guardians().forEach(guardian -> parties.add(new Party(guardian.ref(), PartyKind.GUARDIAN, null)));
		members.students().forEach(student -> parties.add(new Party(student.ref(), PartyKind.STUDENT, null)));
		long id = this.agreements.add(new ChannelAgreements.NewAgreement(groupId, request.kind(), request.channelName(),
				request.purpose(), teacherRef, user.getUsername(), this.clock.instant(), request.endsOn(), parties));
		this.events.publishEvent(new ChannelAgreementEvent(id, "REQUESTED", null,
				group.group().code() + " " + request.kind() + " " + (parties.size()) + " parties"));
		return id;
	}

	/** The school allows the channel; now every party confirms it. */
	void approve(CurrentUser user, long id, @Nullable String reason) {
		decide(user, id, Decision.APPROVED, reason);
	}

	/** The school refuses the channel, and says why. */
	void refuse(CurrentUser user, long id, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ChannelRefused("channels.refused.reasonNeeded");
		}
		decide(user, id, Decision.REFUSED, reason);
	}

	private void decide(CurrentUser user, long id, Decision decision, @Nullable String reason) {
		ChannelAgreement agreement = this.agreements.find(id)
			.filter(found -> this.access.of(user).manages(found.groupId()))
			.orElseThrow(() -> new ChannelRefused(ChannelRefused.NOT_FOUND));
		agreement.checkDecidable(today(), user.getUsername());
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > ChannelRequest.MAX_TEXT) {
			throw new ChannelRefused("channels.refused.tooLong");
		}
		this.agreements.decide(id, decision, user.getUsername(), user.displayName(), text, this.clock.instant());
		this.events.publishEvent(new ChannelAgreementEvent(id, decision.name(), null, null));
	}

	/**
	 * A party confirms the agreement; with the last confirmation the channel may be used.
	 */
	void confirm(CurrentUser user, long id) {
		String ref = user.personRef();
		ChannelAgreement agreement = visible(user, id);
		agreement.checkConfirmable(ref, today());
		this.agreements.confirm(id, Objects.requireNonNull(ref), this.clock.instant());
		this.events.publishEvent(new ChannelAgreementEvent(id, "CONFIRMED", ref,
				agreement.party(ref).map(party -> party.kind().name()).orElse(null)));
		if (this.agreements.find(id).orElseThrow().statusOn(today()) == Status.ACTIVE) {
			this.events.publishEvent(new ChannelAgreementEvent(id, "ACTIVE", null, null));
		}
	}

	/** A party ends the agreement, for everyone. */
	void end(CurrentUser user, long id, @Nullable String reason) {
		String ref = user.personRef();
		ChannelAgreement agreement = visible(user, id);
		agreement.checkEndable(ref, today());
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > ChannelRequest.MAX_TEXT) {
			throw new ChannelRefused("channels.refused.tooLong");
		}
		this.agreements.end(id, ref, text, this.clock.instant());
		this.events.publishEvent(new ChannelAgreementEvent(id, "ENDED", ref,
				agreement.party(ref).map(party -> party.kind().name()).orElse(null)));
	}

	@Scheduled(cron = "${mediaprotocol.channels.end-cron:0 5 0 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "channel-agreements-end", lockAtLeastFor = "PT1M")
	void everyNight() {
		endExpired();
	}

	/**
	 * Ends every agreement whose end date has passed, and every request the school did
	 * not answer before it; returns how many.
	 */
	int endExpired() {
		List<ChannelAgreement> expired = this.agreements.runningPast(today());
		for (ChannelAgreement agreement : expired) {
			this.agreements.end(agreement.id(), null, null, this.clock.instant());
			this.events.publishEvent(new ChannelAgreementEvent(agreement.id(), "ENDED", null, "END_DATE"));
		}
		return expired.size();
	}

	/** Opens an agreement for whom may see it: staff of the group and its parties. */
	@Transactional(readOnly = true)
	Optional<Opened> open(CurrentUser user, long id) {
		ChannelAccess.Reach reach = this.access.of(user);
		String ref = user.personRef();
		LocalDate today = today();
		return this.agreements.find(id)
			.filter(agreement -> maySee(reach, ref, agreement))
			.flatMap(agreement -> this.directory.group(agreement.groupId()).map(group -> {
				Map<String, String> names = new HashMap<>();
				this.directory.facts(agreement.parties().stream().map(Party::ref).toList())
					.forEach(person -> names.put(person.ref(), person.displayName()));
				boolean mayDecide = reach.manages(agreement.groupId()) && agreement.statusOn(today) == Status.REQUESTED
						&& !agreement.requestedBy().equals(user.getUsername());
				List<Party> parties = agreement.parties()
					.stream()
					.sorted(Comparator.comparing(Party::kind)
						.thenComparing(party -> names.getOrDefault(party.ref(), party.ref())))
					.toList();
				return new Opened(agreement, group, parties, names, mayDecide,
						agreement.awaitsConfirmationOf(ref, today), agreement.mayBeEndedBy(ref, today));
			}));
	}

	private ChannelAgreement visible(CurrentUser user, long id) {
		ChannelAccess.Reach reach = this.access.of(user);
		return this.agreements.find(id)
			.filter(agreement -> maySee(reach, user.personRef(), agreement))
			.orElseThrow(() -> new ChannelRefused(ChannelRefused.NOT_FOUND));
	}

	/**
	 * Staff of the group see every agreement of it; its parties see it too, guardians and
	 * students from the school's approval on.
	 */
	private static boolean maySee(ChannelAccess.Reach reach, @Nullable String ref, ChannelAgreement agreement) {
		if (reach.isStaffOf(agreement.groupId())) {
			return true;
		}
		return agreement.isParty(ref) && (agreement.concernsFamilies() || agreement.teacherRef().equals(ref));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
