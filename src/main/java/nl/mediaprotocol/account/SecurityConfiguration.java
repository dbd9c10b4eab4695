package nl.mediaprotocol.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			// the reporting point: anyone may report, also without an account (3.1.10)
			"/meldpunt", "/meldpunt/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and old hashes keep working when the default moves on
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, events));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiProperties properties) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (properties.basicAuth()) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Mediaprotocol\"");
			}
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ex instanceof LoginThrottledException
					? "Too many failed sign-ins; try again later" : "Sign in to use the API");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemResponses.write(response,
				HttpStatus.FORBIDDEN, "Your roles do not allow this");
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.authenticationManager(authenticationManager)
			// metrics are for the beheerder's scraper, with HTTP Basic like the API
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/prometheus")
				.hasRole(Role.BEHEERDER.name())
				.anyRequest()
				.authenticated())
			// Stateless HTTP Basic: no session cookie, so no cross-site request to forge
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
		if (properties.basicAuth()) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		AuthenticationFailureHandler failure = (request, response, ex) -> response.sendRedirect(
				request.getContextPath() + (ex instanceof LoginThrottledException ? "/login?locked" : "/login?error"));
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

}
