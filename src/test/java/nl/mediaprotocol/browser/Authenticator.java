package nl.mediaprotocol.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The authenticator app on a journey's phone. The app accepts each code once and those of
 * the steps next to the current one; a journey that signs in as the same account twice
 * within half a minute takes the next step's code, or waits for a new one.
 */
final class Authenticator {

	private static final long PERIOD = 30;

	private static final Map<String, Long> lastStepUsed = new ConcurrentHashMap<>();

	private Authenticator() {
	}

	static synchronized String code(String username, String key) {
		while (true) {
			long current = Instant.now().getEpochSecond() / PERIOD;
			long last = lastStepUsed.getOrDefault(username + ":" + key, Long.MIN_VALUE);
			for (long step = current; step <= current + 1; step++) {
				if (step > last) {
					lastStepUsed.put(username + ":" + key, step);
					return codeAt(key, step);
				}
			}
			sleep(Duration.ofSeconds(PERIOD - Instant.now().getEpochSecond() % PERIOD + 1));
		}
	}

	private static String codeAt(String key, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
