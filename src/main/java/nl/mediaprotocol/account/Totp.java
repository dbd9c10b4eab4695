package nl.mediaprotocol.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.QrGenerator;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: SHA-1, six
 * digits, a new code every 30 seconds.
 */
final class Totp {

	static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	private final SecretGenerator secrets = new DefaultSecretGenerator(32);

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final QrGenerator qrCodes = new ZxingPngQrGenerator();

	/** A new secret of 160 bits, in Base32 as authenticator apps take it. */
	String newSecret() {
		return this.secrets.generate();
	}

	/** The QR code an authenticator app scans, as a {@code data:} URI for an image. */
	String qrCode(String secret, String account, String issuer) {
		QrData data = new QrData.Builder().label(account)
			.secret(secret)
			.issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build();
		try {
			return Utils.getDataUriForImage(this.qrCodes.generate(data), this.qrCodes.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * The time step whose code this is: the current one, or the one before or after it,
	 * for a phone whose clock is a little off.
	 */
	OptionalLong stepOf(String secret, String code, Instant now) {
		long current = now.getEpochSecond() / PERIOD_SECONDS;
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	String codeAt(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Could not compute a code", ex);
		}
	}

}
