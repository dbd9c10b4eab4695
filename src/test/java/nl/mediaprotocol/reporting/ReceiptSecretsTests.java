package nl.mediaprotocol.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptSecretsTests {

	final ReceiptSecrets secrets = new ReceiptSecrets();

	@Test
	void aSecretFitsItsOwnHashOnly() {
		String hash = this.secrets.hash("K7QM2X9PLW4RT8ZN3VBH");

		assertThat(hash).doesNotContain("K7QM2X9PLW4RT8ZN3VBH");
		assertThat(this.secrets.matches("K7QM2X9PLW4RT8ZN3VBH", hash)).isTrue();
		assertThat(this.secrets.matches("K7QM2X9PLW4RT8ZN3VBJ", hash)).isFalse();
		assertThat(this.secrets.matches("", hash)).isFalse();
		assertThat(this.secrets.matches("K7QM2X9PLW4RT8ZN3VBH", null)).isFalse();
	}

	@Test
	void aSecretKeptWithBcryptBeforeStillFits() {
		String earlier = new BCryptPasswordEncoder(4).encode("K7QM2X9PLW4RT8ZN3VBH");

		assertThat(this.secrets.matches("K7QM2X9PLW4RT8ZN3VBH", earlier)).isTrue();
		assertThat(this.secrets.matches("K7QM2X9PLW4RT8ZN3VBJ", earlier)).isFalse();
	}

}
