package nl.mediaprotocol.channels;

/** The kind of channel a teacher asks for, besides the parent portal. */
enum ChannelKind {

	WHATSAPP, SIGNAL,
	/** A mailing list. */
	EMAIL_LIST, OTHER

}
