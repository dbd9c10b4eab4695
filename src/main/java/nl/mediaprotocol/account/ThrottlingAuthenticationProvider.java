package nl.mediaprotocol.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Asks the throttle before checking a password, and tells it how the check went.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (this.throttle.lockedUntil(username).isPresent()) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
