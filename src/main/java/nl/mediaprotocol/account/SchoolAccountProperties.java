package nl.mediaprotocol.account;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a sign-in with the school's account (OpenID Connect, registered under
 * {@code spring.security.oauth2.client.registration.<id>}) finds its account here, per
 * registration id.
 */
@Validated
@ConfigurationProperties("mediaprotocol.security.school-accounts")
record SchoolAccountProperties(@DefaultValue Map<String, @Valid Provider> providers) {

	private static final Provider DEFAULTS = new Provider("email", null, null);

	Provider provider(String registrationId) {
		return this.providers.getOrDefault(registrationId, DEFAULTS);
	}

	/**
	 * @param usernameClaim the claim whose value is the username of the account here,
	 * e.g. {@code email}, {@code preferred_username} or {@code upn}
	 * @param tenantClaim the claim that names the school's tenant, e.g. {@code tid}
	 * (Entra ID) or {@code hd} (Google Workspace's hosted domain), to refuse accounts of
	 * others
	 * @param tenant the value that claim must have
	 */
	record Provider(@DefaultValue("email") @NotBlank String usernameClaim, @Nullable String tenantClaim,
			@Nullable String tenant) {

		@AssertTrue(message = "tenant-claim and tenant go together")
		boolean isTenantCheckComplete() {
			return (this.tenantClaim == null) == (this.tenant == null);
		}

	}

}
