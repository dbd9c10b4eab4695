package nl.mediaprotocol.account;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
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
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**" };

	/** The reporting point: anyone may report, also without an account (3.1.10). */
	static final String[] REPORTING_POINT = { "/meldpunt", "/meldpunt/**" };

	@Bean
	@Primary
	PasswordEncoder passwordEncoder(PasswordCheckProperties properties, MeterRegistry meters) {
		// bcrypt today, and old hashes keep working when the default moves on; a few
		// checks at once, so that a burst of sign-ins cannot take every core
		PasswordChecksInTurn checks = new PasswordChecksInTurn(
				PasswordEncoderFactories.createDelegatingPasswordEncoder(), properties.permits(),
				properties.maxWaiting(), properties.maxWait());
		Gauge.builder("mediaprotocol.password.checks.waiting", checks, PasswordChecksInTurn::waiting)
			.description("Password checks waiting for their turn")
			.register(meters);
		FunctionCounter.builder("mediaprotocol.password.checks.refused", checks, PasswordChecksInTurn::refused)
			.description("Sign-ins asked to try again in a moment: too many password checks waiting")
			.register(meters);
		return checks;
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		return passwordSignIn(userDetailsService, passwordEncoder, throttle, events);
	}

	/**
	 * The API's password check: HTTP Basic sends the password with every call, and a
	 * match is remembered for a short while instead of paying bcrypt each time (see
	 * {@link VerifiedPasswords}).
	 */
	@Bean
	VerifiedPasswords apiPasswords(PasswordEncoder passwordEncoder, ApiProperties properties, Clock clock) {
		return new VerifiedPasswords(passwordEncoder, properties.verifiedPasswordTtl(), clock);
	}

	private static AuthenticationManager passwordSignIn(UserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, events));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, UserDetailsService userDetailsService,
			VerifiedPasswords apiPasswords, LoginThrottle throttle, ApplicationEventPublisher events,
			ApiProperties properties) throws Exception {
		AuthenticationManager authenticationManager = passwordSignIn(userDetailsService, apiPasswords, throttle,
				events);
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof PasswordChecksBusyException) {
				response.setHeader("Retry-After", "5");
				ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
				return;
			}
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
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SecondFactorStep secondFactorStep(SecondFactors secondFactors, SecurityContextRepository contexts) {
		return new SecondFactorStep(secondFactors, contexts);
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			SecurityContextRepository contexts, SecondFactorStep secondFactor, AccountRegistry accounts,
			ObjectProvider<ClientRegistrationRepository> schoolAccountProviders, Accounts accountRepository,
			SchoolAccountProperties schoolAccountProperties, ApplicationEventPublisher events) throws Exception {
		AuthenticationFailureHandler failure = (request, response, ex) -> response
			.sendRedirect(request.getContextPath() + switch (ex) {
				case LoginThrottledException locked -> "/login?locked";
				case PasswordChecksBusyException busy -> "/login?busy";
				default -> "/login?error";
			});
		boolean schoolAccounts = schoolAccountProviders.getIfAvailable() != null;
		SchoolAccounts accountsOfTheSchool = new SchoolAccounts(accountRepository, schoolAccountProperties, events);
		// passwords as for the API; with school accounts configured, their OpenID Connect
		// provider first, which passes passwords on
		http.authenticationManager(!schoolAccounts ? authenticationManager
				: new ProviderManager(
						List.of(new OidcAuthorizationCodeAuthenticationProvider(
								new RestClientAuthorizationCodeTokenResponseClient(), accountsOfTheSchool)),
						authenticationManager))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				// open to all, but not to a sign-in still waiting for its code
				.requestMatchers(REPORTING_POINT)
				.access(secondFactor.unlessPending())
				// the code page itself needs only the password
				.requestMatchers("/login/second-factor", "/login/second-factor/**")
				.authenticated()
				.anyRequest()
				.access(secondFactor))
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint("/login/second-factor"), SecondFactorStep.TOTP_AUTHORITY))
			.addFilterBefore(new SignedOutEverywhereFilter(accounts), AuthorizationFilter.class)
			.formLogin(form -> form.loginPage("/login").failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
		if (schoolAccounts) {
			SchoolAccountSignIn schoolSignIn = new SchoolAccountSignIn(contexts, events);
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(accountsOfTheSchool))
				.successHandler(schoolSignIn)
				.failureHandler(schoolSignIn));
		}
		return http.build();
	}

}
