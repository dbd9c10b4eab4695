package nl.mediaprotocol.channels;

import org.jspecify.annotations.Nullable;

/**
 * A request as the teacher types it: everything as text, so that a refused form comes
 * back exactly as it was filled in.
 *
 * @param kind a name of {@link ChannelKind}
 * @param endsOn the last day (yyyy-MM-dd)
 */
record ChannelRequestForm(@Nullable String channelName, @Nullable String kind, @Nullable String purpose,
		@Nullable String endsOn) {

	static ChannelRequestForm empty() {
		return new ChannelRequestForm(null, ChannelKind.WHATSAPP.name(), null, null);
	}

	public boolean isKind(String name) {
		return name.equals(this.kind);
	}

}
