package nl.mediaprotocol.account;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordChecksInTurnTests {

	final ExecutorService threads = Executors.newFixedThreadPool(6);

	final HeldChecks held = new HeldChecks();

	@AfterEach
	void stop() {
		this.held.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void noMoreChecksRunAtOnceThanAllowedAndTheOthersWaitTheirTurn() throws Exception {
		PasswordChecksInTurn checks = new PasswordChecksInTurn(this.held, 2, 8, Duration.ofSeconds(30));
		var answers = new java.util.ArrayList<Future<Boolean>>();
		for (int i = 0; i < 5; i++) {
			answers.add(this.threads.submit(() -> checks.matches("password", "hash")));
		}
		assertThat(this.held.started.await(5, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(200);
		assertThat(this.held.running.get()).isEqualTo(2);
		this.held.release.countDown();
		for (Future<Boolean> answer : answers) {
			assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(this.held.mostAtOnce.get()).isEqualTo(2);
	}

	@Test
	void aCheckBeyondTheWaitingOnesIsRefusedAtOnce() throws Exception {
		PasswordChecksInTurn checks = new PasswordChecksInTurn(this.held, 1, 1, Duration.ofSeconds(30));
		this.threads.submit(() -> checks.matches("password", "hash"));
		assertThat(this.held.started.await(5, TimeUnit.SECONDS)).isTrue();
		Future<Boolean> waiting = this.threads.submit(() -> checks.matches("password", "hash"));
		Thread.sleep(200);

		assertThat(checks.waiting()).isEqualTo(1);
		long before = System.nanoTime();
		assertThatThrownBy(() -> checks.matches("password", "hash")).isInstanceOf(PasswordChecksBusyException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
		assertThat(checks.refused()).isEqualTo(1);

		this.held.release.countDown();
		assertThat(waiting.get(5, TimeUnit.SECONDS)).as("the one that waited gets its turn").isTrue();
	}

	@Test
	void aNewPasswordIsNeverRefusedButWaitsItsTurn() throws Exception {
		PasswordChecksInTurn checks = new PasswordChecksInTurn(this.held, 1, 0, Duration.ofMillis(100));
		this.threads.submit(() -> checks.matches("password", "hash"));
		assertThat(this.held.started.await(5, TimeUnit.SECONDS)).isTrue();
		Future<String> encoded = this.threads.submit(() -> checks.encode("password"));
		Thread.sleep(300);
		assertThat(encoded).isNotDone();

		this.held.release.countDown();
		assertThat(encoded.get(5, TimeUnit.SECONDS)).isEqualTo("hashed");
	}

	@Test
	void aCheckThatWaitedTooLongIsRefused() throws Exception {
		PasswordChecksInTurn checks = new PasswordChecksInTurn(this.held, 1, 8, Duration.ofMillis(300));
		this.threads.submit(() -> checks.matches("password", "hash"));
		assertThat(this.held.started.await(5, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> checks.matches("password", "hash")).isInstanceOf(PasswordChecksBusyException.class);
	}

	@Test
	void aRefusedOrFinishedCheckGivesItsTurnBack() {
		this.held.release.countDown();
		PasswordChecksInTurn checks = new PasswordChecksInTurn(this.held, 1, 0, Duration.ofMillis(100));
		for (int i = 0; i < 3; i++) {
			assertThat(checks.matches("password", "hash")).isTrue();
		}
		assertThat(checks.encode("password")).isEqualTo("hashed");
	}

	/** A password check that holds its turn until released, counting those running. */
	static final class HeldChecks implements PasswordEncoder {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public @Nullable String encode(@Nullable CharSequence rawPassword) {
			return "hashed";
		}

		@Override
		public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
			this.mostAtOnce.accumulateAndGet(this.running.incrementAndGet(), Math::max);
			this.started.countDown();
			try {
				return this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			finally {
				this.running.decrementAndGet();
			}
		}

	}

}
