package nl.mediaprotocol.reporting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Limits how often one source (an address) may do something, without storing the address:
 * it is kept only as a keyed hash, in memory, with a key that lives as long as the
 * process, and forgotten when its hour has passed.
 */
final class SourceLimiter {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int limit;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SourceLimiter(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
		new SecureRandom().nextBytes(this.key);
	}

	/** Counts an attempt; answers whether it is within the limit. */
	boolean tryAcquire(String source) {
		Instant now = this.clock.instant();
		Instant since = now.minus(WINDOW);
		this.recent.values().removeIf(times -> {
			synchronized (times) {
				return !times.isEmpty() && times.peekLast().isBefore(since);
			}
		});
		Deque<Instant> times = this.recent.computeIfAbsent(keyed(source), hash -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
				times.pollFirst();
			}
			if (times.size() >= this.limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private String keyed(String source) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
