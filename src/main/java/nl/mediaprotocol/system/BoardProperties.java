package nl.mediaprotocol.system;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The school board this installation serves, as its header shows it.
 */
@Validated
@ConfigurationProperties("mediaprotocol.board")
public record BoardProperties(@DefaultValue("SSOE") @NotBlank String name,
		@DefaultValue("stichting speciaal onderwijs & expertisecentra") @NotBlank String fullName) {
}
