package nl.mediaprotocol.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * How a receipt's secret is kept: as its SHA-256. A slow hash such as bcrypt protects
 * secrets people choose, which can be guessed from a copy of the database by trying
 * likely ones; a receipt secret is drawn by the application, 20 characters from 32 (100
 * bits), and no number of tries finds one from its SHA-256. Bcrypt cost 12 took a quarter
 * of a second of CPU for each anonymous report. Secrets kept with bcrypt before
 * ({@code $2a$...}) are still checked with it.
 */
final class ReceiptSecrets {

	private static final String PREFIX = "sha256:";

	private final BCryptPasswordEncoder earlier = new BCryptPasswordEncoder(12);

	String hash(String secret) {
		return PREFIX + HexFormat.of().formatHex(sha256(secret));
	}

	/** Whether the secret fits the hash; compares in constant time. */
	boolean matches(String secret, @Nullable String hash) {
		if (hash == null) {
			return false;
		}
		if (hash.startsWith("$2")) {
			return this.earlier.matches(secret, hash);
		}
		return hash.startsWith(PREFIX)
				&& MessageDigest.isEqual(hash.substring(PREFIX.length()).getBytes(StandardCharsets.US_ASCII),
						HexFormat.of().formatHex(sha256(secret)).getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
