package nl.mediaprotocol.channels;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * What a teacher asks for: which channel, why, and until when: never open-ended, and at
 * most one school year ahead.
 */
record ChannelRequest(ChannelKind kind, String channelName, String purpose, LocalDate endsOn) {

	static final int MAX_NAME = 100;

	static final int MAX_TEXT = 1000;

	/** The request in a form, or why it cannot be made. */
	static ChannelRequest from(ChannelRequestForm form, LocalDate today, Period maxTerm) {
		String name = strip(form.channelName());
		if (name == null) {
			throw new ChannelRefused("channels.refused.channelNeeded");
		}
		if (name.length() > MAX_NAME) {
			throw new ChannelRefused("channels.refused.nameTooLong");
		}
		ChannelKind kind = kind(form.kind());
		String purpose = strip(form.purpose());
		if (purpose == null) {
			throw new ChannelRefused("channels.refused.purposeNeeded");
		}
		if (purpose.length() > MAX_TEXT) {
			throw new ChannelRefused("channels.refused.tooLong");
		}
		String endsOnText = strip(form.endsOn());
		if (endsOnText == null) {
			throw new ChannelRefused("channels.refused.endNeeded");
		}
		LocalDate endsOn;
		try {
			endsOn = LocalDate.parse(endsOnText);
		}
		catch (DateTimeException ex) {
			throw new ChannelRefused("channels.refused.endInvalid");
		}
		if (!endsOn.isAfter(today)) {
			throw new ChannelRefused("channels.refused.endPast");
		}
		if (endsOn.isAfter(today.plus(maxTerm))) {
			throw new ChannelRefused("channels.refused.endTooFar");
		}
		return new ChannelRequest(kind, name, purpose, endsOn);
	}

	private static ChannelKind kind(@Nullable String name) {
		for (ChannelKind kind : ChannelKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		throw new ChannelRefused("channels.refused.kindNeeded");
	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
