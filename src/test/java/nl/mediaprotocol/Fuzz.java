package nl.mediaprotocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A small seeded mutation fuzzer for the code that reads what people hand us (CSV
 * imports, the protocol text, posts, uploads): it mutates good inputs (flips, inserts of
 * separators, quotes, control characters and odd Unicode, cuts, repeats, splices) and
 * checks that no exception escapes but the refusal the code is meant to give, and that no
 * input takes longer than a generous bound. In CI it runs a few hundred inputs per
 * target; {@code ./mvnw test -Dtest='*FuzzTests' -Dfuzz.iterations=100000} runs long, and
 * {@code -Dfuzz.seed=...} repeats a failing run (the seed is in the failure).
 */
public final class Fuzz {

	/** An input may take this long before it counts as a hang. */
	static final long BOUND_MILLIS = 3_000;

	private static final String[] ODD = { ";", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\t", "\u0000", "\uFEFF",
			"\u202E", "\uD83D\uDE00", "\uD800", "é", "ß", "İ", "=", "+", "-", "@", "<script>", "'", "\\", "%00", "${",
			"#{", "0", "00", "06", "+31", "-1", "9999999999999999999999", " ", "  ", "\u00A0", "\u2028" };

	private Fuzz() {
	}

	/** What the target may throw: its refusal of bad input. */
	@FunctionalInterface
	public interface Target {

		void accept(byte[] input) throws Exception;

	}

	public static int iterations(int inCi) {
		return Integer.getInteger("fuzz.iterations", inCi);
	}

	public static void run(String name, List<byte[]> seeds, int iterations, Set<Class<? extends Throwable>> refusals,
			Target target) {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		Random random = new Random(seed);
		for (int i = 0; i < iterations; i++) {
			byte[] input = mutate(random, seeds);
			long started = System.nanoTime();
			try {
				target.accept(input);
			}
			catch (Throwable thrown) {
				if (refusals.stream().noneMatch(refusal -> refusal.isInstance(thrown))) {
					fail("%s, input %d of seed %d (-Dfuzz.seed=%d) threw %s for: %s", name, i, seed, seed, thrown,
							preview(input), thrown);
				}
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(millis).as("%s, input %d of seed %d took %d ms: %s", name, i, seed, millis, preview(input))
				.isLessThan(BOUND_MILLIS);
		}
	}

	public static List<byte[]> utf8(String... seeds) {
		return java.util.Arrays.stream(seeds).map(seed -> seed.getBytes(StandardCharsets.UTF_8)).toList();
	}

	static byte[] mutate(Random random, List<byte[]> seeds) {
		byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
		int rounds = 1 + random.nextInt(6);
		for (int round = 0; round < rounds; round++) {
			input = switch (random.nextInt(7)) {
				case 0 -> flip(random, input);
				case 1 -> insert(random, input, ODD[random.nextInt(ODD.length)].getBytes(StandardCharsets.UTF_8));
				case 2 -> cut(random, input);
				case 3 -> repeat(random, input);
				case 4 -> splice(random, input, seeds.get(random.nextInt(seeds.size())));
				case 5 -> insert(random, input, randomBytes(random));
				default -> insert(random, input, randomText(random).getBytes(StandardCharsets.UTF_8));
			};
		}
		return input;
	}

	private static byte[] flip(Random random, byte[] input) {
		if (input.length > 0) {
			input[random.nextInt(input.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return input;
	}

	private static byte[] insert(Random random, byte[] input, byte[] piece) {
		int at = input.length == 0 ? 0 : random.nextInt(input.length + 1);
		byte[] out = new byte[input.length + piece.length];
		System.arraycopy(input, 0, out, 0, at);
		System.arraycopy(piece, 0, out, at, piece.length);
		System.arraycopy(input, at, out, at + piece.length, input.length - at);
		return out;
	}

	private static byte[] cut(Random random, byte[] input) {
		if (input.length < 2) {
			return input;
		}
		int from = random.nextInt(input.length);
		int to = Math.min(input.length, from + 1 + random.nextInt(Math.max(1, input.length / 4)));
		byte[] out = new byte[input.length - (to - from)];
		System.arraycopy(input, 0, out, 0, from);
		System.arraycopy(input, to, out, from, input.length - to);
		return out;
	}

	private static byte[] repeat(Random random, byte[] input) {
		if (input.length == 0 || input.length > 200_000) {
			return input;
		}
		int from = random.nextInt(input.length);
		int length = Math.min(input.length - from, 1 + random.nextInt(64));
		byte[] piece = java.util.Arrays.copyOfRange(input, from, from + length);
		byte[] many = new byte[piece.length * (1 + random.nextInt(200))];
		for (int i = 0; i < many.length; i += piece.length) {
			System.arraycopy(piece, 0, many, i, piece.length);
		}
		return insert(random, input, many);
	}

	private static byte[] splice(Random random, byte[] input, byte[] other) {
		if (input.length == 0 || other.length == 0) {
			return other.clone();
		}
		int at = random.nextInt(input.length);
		int from = random.nextInt(other.length);
		byte[] out = new byte[at + other.length - from];
		System.arraycopy(input, 0, out, 0, at);
		System.arraycopy(other, from, out, at, other.length - from);
		return out;
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[1 + random.nextInt(32)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = 1 + random.nextInt(20);
		for (int i = 0; i < length; i++) {
			int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x2FFFF) : 0x20 + random.nextInt(0x5F);
			if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
				text.appendCodePoint(codePoint);
			}
		}
		return text.toString();
	}

	private static String preview(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		return text.length() > 300 ? text.substring(0, 300) + "… (" + input.length + " bytes)" : text;
	}

}
