package nl.mediaprotocol.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password checks in turn: at most a few at once, the rest waiting. A password hash is
 * slow on purpose (bcrypt, some 50 ms of a core); when the school day starts and hundreds
 * sign in within a minute, unbounded checks took every core, and every other request
 * (parents' answers, a handler's case) waited behind them. Bounded, the checks keep a
 * core of their own at most, and the rest of the application keeps its pace: a sign-in in
 * a burst takes longer, the other requests do not. Fair: first come, first checked.
 */
final class PasswordChecksInTurn implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore turns;

	private final int maxWaiting;

	private final Duration maxWait;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong refused = new AtomicLong();

	PasswordChecksInTurn(PasswordEncoder delegate, int atOnce, int maxWaiting, Duration maxWait) {
		this.delegate = delegate;
		this.turns = new Semaphore(atOnce, true);
		this.maxWaiting = maxWaiting;
		this.maxWait = maxWait;
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		// a new password (an account opened or changed) is no sign-in to refuse in a
		// burst: it waits for its turn as long as it takes
		this.turns.acquireUninterruptibly();
		try {
			return this.delegate.encode(rawPassword);
		}
		finally {
			this.turns.release();
		}
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return inTurn(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private <T> T inTurn(Supplier<T> check) {
		if (!this.turns.tryAcquire()) {
			waitForTurn();
		}
		try {
			return check.get();
		}
		finally {
			this.turns.release();
		}
	}

	/** How many checks wait for their turn now. */
	int waiting() {
		return this.waiting.get();
	}

	/** How many checks were refused since the start, to be tried again. */
	long refused() {
		return this.refused.get();
	}

	private void waitForTurn() {
		if (this.waiting.incrementAndGet() > this.maxWaiting) {
			this.waiting.decrementAndGet();
			this.refused.incrementAndGet();
			throw new PasswordChecksBusyException();
		}
		try {
			if (!this.turns.tryAcquire(this.maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				this.refused.incrementAndGet();
				throw new PasswordChecksBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordChecksBusyException();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

}
