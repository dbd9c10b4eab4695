package nl.mediaprotocol.account;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the account of someone who signed in with the school's account: by a configured
 * claim matched to an existing username, after checking that the account belongs to the
 * school's tenant. Nobody gets an account by signing in; an unknown one is refused.
 */
class SchoolAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN_ACCOUNT = "unknown_account";

	static final String OTHER_TENANT = "other_tenant";

	private final OidcUserService delegate = new OidcUserService();

	private final Accounts accounts;

	private final SchoolAccountProperties properties;

	private final ApplicationEventPublisher events;

	SchoolAccounts(Accounts accounts, SchoolAccountProperties properties, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser signedIn = this.delegate.loadUser(request);
		SchoolAccountProperties.Provider provider = this.properties
			.provider(request.getClientRegistration().getRegistrationId());
		String username = Optional.ofNullable(signedIn.<Object>getClaim(provider.usernameClaim()))
			.map(Object::toString)
			.orElse(signedIn.getSubject());
		if (provider.tenantClaim() != null
				&& !String.valueOf(signedIn.<Object>getClaim(provider.tenantClaim())).equals(provider.tenant())) {
			throw refuse(username, SignInAttempted.Outcome.SCHOOL_ACCOUNT_OTHER_TENANT, OTHER_TENANT);
		}
		CurrentUser user = this.accounts.findByUsername(Usernames.normalize(username))
			.map(Account::toCurrentUser)
			.filter(CurrentUser::isEnabled)
			.orElseThrow(() -> refuse(username, SignInAttempted.Outcome.SCHOOL_ACCOUNT_UNKNOWN, UNKNOWN_ACCOUNT));
		user.eraseCredentials();
		return new SchoolAccountUser(signedIn, user);
	}

	private OAuth2AuthenticationException refuse(String username, SignInAttempted.Outcome outcome, String error) {
		this.events.publishEvent(new SignInAttempted(username, outcome));
		return new OAuth2AuthenticationException(new OAuth2Error(error));
	}

	/** The school's sign-in, carrying the account it belongs to here. */
	static final class SchoolAccountUser extends DefaultOidcUser {

		private final CurrentUser account;

		SchoolAccountUser(OidcUser signedIn, CurrentUser account) {
			super(account.getAuthorities(), signedIn.getIdToken(), signedIn.getUserInfo());
			this.account = account;
		}

		CurrentUser account() {
			return this.account;
		}

	}

}
