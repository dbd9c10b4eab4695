package nl.mediaprotocol.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that started before its account was signed out everywhere (or its
 * password changed). The moment is kept with the account in the database, so this works
 * on every instance and wherever sessions are stored.
 */
final class SignedOutEverywhereFilter extends OncePerRequestFilter {

	private final AccountRegistry accounts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	SignedOutEverywhereFilter(AccountRegistry accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<Instant> signedIn = authentication == null ? Optional.empty() : signedInAt(authentication);
		if (signedIn.isPresent() && this.accounts.signedOutBefore(authentication.getName())
			.filter(before -> signedIn.get().isBefore(before))
			.isPresent()) {
			this.logout.logout(request, response, authentication);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

	/** When the session's sign-in began: the time of its first factor. */
	private static Optional<Instant> signedInAt(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
			.min(Instant::compareTo);
	}

}
