package nl.mediaprotocol.consent;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the board's purposes, each recorded in the audit trail. */
@Service
class ConsentAdministration {

	private final Purposes purposes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsentAdministration(Purposes purposes, ApplicationEventPublisher events, Clock clock) {
		this.purposes = purposes;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void addPurpose(String code, String nameNl, String nameEn, String text) {
		this.purposes.add(code, nameNl, nameEn, text, this.clock.instant());
		this.events.publishEvent(new PurposeChanged(code, PurposeChanged.Change.ADDED, 1));
	}

	@Transactional
	void changeText(String code, String text) {
		int version = this.purposes.changeText(code, text, this.clock.instant());
		this.events.publishEvent(new PurposeChanged(code, PurposeChanged.Change.TEXT_CHANGED, version));
	}

	@Transactional
	void setActive(String code, boolean active) {
		this.purposes.setActive(code, active);
		this.events.publishEvent(new PurposeChanged(code,
				active ? PurposeChanged.Change.ACTIVATED : PurposeChanged.Change.DEACTIVATED, 0));
	}

}
