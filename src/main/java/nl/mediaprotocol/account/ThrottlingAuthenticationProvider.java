package nl.mediaprotocol.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Asks the throttle before checking a password, and tells it how the check went.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (this.throttle.lockedUntil(username).isPresent()) {
			this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.LOCKED));
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.SUCCEEDED));
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(username);
			this.events.publishEvent(new SignInAttempted(username, SignInAttempted.Outcome.FAILED));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
