package nl.mediaprotocol.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many password checks are waiting their turn: the sign-in is refused at once, to be
 * tried again in a moment, rather than holding one more request thread.
 */
class PasswordChecksBusyException extends AuthenticationException {

	PasswordChecksBusyException() {
		super("Many sign-ins at once; try again in a moment");
	}

}
