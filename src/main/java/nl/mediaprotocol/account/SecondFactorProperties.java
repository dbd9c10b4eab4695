package nl.mediaprotocol.account;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which roles need a second factor after their password, and the key that encrypts the
 * authenticator secrets in the database.
 *
 * @param roles the roles that must enter a code from an authenticator app after a
 * password sign-in; sign-in with the school's account relies on the school's own MFA
 * @param encryptionPassword the password the AES key is derived from; kept out of the
 * database
 * @param encryptionSalt hex, at least 16 characters
 * @param issuer the name the authenticator app shows next to the code
 */
@Validated
@ConfigurationProperties("mediaprotocol.security.second-factor")
record SecondFactorProperties(@DefaultValue( {
		"FG", "BESTUURDER", "DIRECTEUR", "ICT", "BEHEERDER" }) @NotNull Set<Role> roles,
		@NotBlank String encryptionPassword, @NotBlank @Pattern(regexp = "[0-9a-fA-F]{16,}") String encryptionSalt,
		@DefaultValue("Mediaprotocol") @NotBlank String issuer){
}
