package nl.mediaprotocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The board's clock for tests that need time to pass: it starts now and moves only when
 * told.
 */
public final class TestClock extends Clock {

	private volatile Instant now = Instant.now();

	private final ZoneId zone = ZoneId.of("Europe/Amsterdam");

	public void setTo(Instant instant) {
		this.now = instant;
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
