package nl.mediaprotocol.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The second step of a password sign-in for the roles that need it: until the code from
 * the authenticator app is right, the session is signed in with the password factor only,
 * and every page but the code page asks for the missing factor (Spring Security's
 * multi-factor authorization). Sign-in with the school's account relies on the school's
 * own MFA and needs no second step.
 */
final class SecondFactorStep implements AuthorizationManager<Object> {

	/** The factor a right code from the authenticator app adds. */
	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	private final SecondFactors secondFactors;

	private final SecurityContextRepository contexts;

	private final AuthorizationManager<Object> totp = AllRequiredFactorsAuthorizationManager.builder()
		.requireFactor(factor -> factor.authority(TOTP_AUTHORITY))
		.build();

	SecondFactorStep(SecondFactors secondFactors, SecurityContextRepository contexts) {
		this.secondFactors = secondFactors;
		this.contexts = contexts;
	}

	private final AuthorizationManager<Object> authenticated = AuthenticatedAuthorizationManager.authenticated();

	/** Signed in, and with the second factor where it is needed. */
	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication, Object object) {
		Authentication current = authentication.get();
		if (current != null && needsSecondFactor(current)) {
			AuthorizationResult withCode = this.totp.authorize(authentication, object);
			if (!withCode.isGranted()) {
				// tells the access denied handler which factor is missing
				return withCode;
			}
		}
		return this.authenticated.authorize(authentication, object);
	}

	/**
	 * For pages open to all: also to whoever has not signed in, but not to a sign-in
	 * still waiting for its code, which would otherwise act under its name.
	 */
	AuthorizationManager<Object> unlessPending() {
		return (authentication, object) -> {
			Authentication current = authentication.get();
			return current != null && needsSecondFactor(current) ? this.totp.authorize(authentication, object)
					: new AuthorizationDecision(true);
		};
	}

	/** Signed in with a password, by someone whose roles need a second factor. */
	boolean needsSecondFactor(Authentication authentication) {
		return has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)
				&& this.secondFactors.requiredFor(authentication.getAuthorities());
	}

	/** Signed in with a password and still to enter the code. */
	boolean isPending(@Nullable Authentication authentication) {
		return authentication != null && needsSecondFactor(authentication) && !has(authentication, TOTP_AUTHORITY);
	}

	/**
	 * Adds the second factor to the session's sign-in, in a new session id (as after any
	 * sign-in).
	 */
	void complete(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(Instant.now()).build());
		UsernamePasswordAuthenticationToken completed = UsernamePasswordAuthenticationToken
			.authenticated(authentication.getPrincipal(), null, authorities);
		completed.setDetails(authentication.getDetails());
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(completed);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch(held -> authority.equals(held.getAuthority()));
	}

}
