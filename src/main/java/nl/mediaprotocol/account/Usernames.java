package nl.mediaprotocol.account;

import java.util.Locale;

final class Usernames {

	private Usernames() {
	}

	/** Usernames compare without case and surrounding blanks, as people type them. */
	static String normalize(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
