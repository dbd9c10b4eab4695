package nl.mediaprotocol.care;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import nl.mediaprotocol.directory.PersonView.UnitLabel;
import nl.mediaprotocol.system.Mailer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the care coordinators of the student's unit that a signal came in, once it is
 * saved. The mail says nothing of the signal, not even whom it is about: only a link to
 * it in the application, where every read is recorded.
 */
@Component
class CareNotifications {

	private final AccountRegistry accounts;

	private final Directory directory;

	private final Mailer mailer;

	CareNotifications(AccountRegistry accounts, Directory directory, Mailer mailer) {
		this.accounts = accounts;
		this.directory = directory;
		this.mailer = mailer;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	void on(SignalRaised raised) {
		if (!this.mailer.isAvailable()) {
			return;
		}
		Set<String> path = raised.unitCode() == null ? Set.of()
				: this.directory.unit(raised.unitCode())
					.map(unit -> unit.path().stream().map(UnitLabel::code).collect(Collectors.toSet()))
					.orElse(Set.of(raised.unitCode()));
		List<String> refs = this.accounts.holdersOf(Role.ZORG)
			.stream()
			.filter(holder -> holder.unitCode() == null || path.contains(holder.unitCode()))
			.filter(holder -> !holder.username().equals(raised.raisedBy()))
			.map(AccountRegistry.RoleHolder::personRef)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		String link = this.mailer.link("/care/" + raised.id());
		for (PersonFacts coordinator : this.directory.facts(refs)) {
			this.mailer.send(coordinator.email(), "care.mail.new", new Object[0],
					new Object[] { coordinator.firstName(), link });
		}
	}

}
