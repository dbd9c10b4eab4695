package nl.mediaprotocol.account;

import org.springframework.security.core.AuthenticationException;

class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-ins; try again later");
	}

}
