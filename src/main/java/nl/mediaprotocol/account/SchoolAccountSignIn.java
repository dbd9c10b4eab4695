package nl.mediaprotocol.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a sign-in with the school's account, the session holds the same
 * {@link CurrentUser} as after a password sign-in, so that every screen works alike; a
 * refused one goes back to the sign-in page with the reason.
 */
final class SchoolAccountSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SchoolAccountSignIn.class);

	private final SecurityContextRepository contexts;

	private final ApplicationEventPublisher events;

	private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SchoolAccountSignIn(SecurityContextRepository contexts, ApplicationEventPublisher events) {
		this.contexts = contexts;
		this.events = events;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		CurrentUser user = ((SchoolAccounts.SchoolAccountUser) authentication.getPrincipal()).account();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.forEach(authorities::add);
		if (authorities.stream().noneMatch(FactorGrantedAuthority.class::isInstance)) {
			authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		}
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		signedIn.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.events
			.publishEvent(new SignInAttempted(user.getUsername(), SignInAttempted.Outcome.SCHOOL_ACCOUNT_SUCCEEDED));
		this.next.onAuthenticationSuccess(request, response, signedIn);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof OAuth2AuthenticationException refused
				? switch (refused.getError().getErrorCode()) {
					case SchoolAccounts.UNKNOWN_ACCOUNT -> "schoolAccountUnknown";
					case SchoolAccounts.OTHER_TENANT -> "schoolAccountOtherTenant";
					default -> "schoolAccountFailed";
				} : "schoolAccountFailed";
		// for the beheerder who sets up the provider: what went wrong, never a token
		log.info("Sign-in with a school account refused: {}", exception instanceof OAuth2AuthenticationException refused
				? refused.getError() : exception.getMessage());
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

}
