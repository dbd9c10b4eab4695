package nl.mediaprotocol.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

class SparingSessionRepositoryTests {

	final Store store = new Store();

	final SparingSessionRepository sessions = new SparingSessionRepository(this.store);

	/** Now: the map store ends sessions by the clock. */
	final Instant start = Instant.now();

	@Test
	void aRequestWithinAMinuteOfTheStoredLastAccessDoesNotMoveIt() {
		String id = newSession();

		Session again = this.sessions.findById(id);
		again.setLastAccessedTime(this.start.plusSeconds(59));
		this.sessions.save(again);

		assertThat(this.store.findById(id).getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void aRequestAMinuteOrMoreAfterTheStoredLastAccessMovesIt() {
		String id = newSession();

		Session again = this.sessions.findById(id);
		again.setLastAccessedTime(this.start.plusSeconds(60));
		this.sessions.save(again);

		assertThat(this.store.findById(id).getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void aShortTimeOutLetsTheLastAccessLagATenthOfItNotAMinute() {
		Session session = this.sessions.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(2));
		session.setLastAccessedTime(this.start);
		this.sessions.save(session);

		Session again = this.sessions.findById(session.getId());
		again.setLastAccessedTime(this.start.plusSeconds(12));
		this.sessions.save(again);

		assertThat(this.store.findById(session.getId()).getLastAccessedTime()).isEqualTo(this.start.plusSeconds(12));
		assertThat(SparingSessionRepository.precisionFor(Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(1));
		assertThat(SparingSessionRepository.precisionFor(Duration.ofSeconds(-1))).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void attributesAndSigningOutAreStoredAsAlways() {
		String id = newSession();

		Session again = this.sessions.findById(id);
		again.setAttribute("choice", "yes");
		again.setLastAccessedTime(this.start.plusSeconds(10));
		this.sessions.save(again);
		assertThat(this.store.findById(id).<String>getAttribute("choice")).isEqualTo("yes");

		this.sessions.deleteById(id);
		assertThat(this.sessions.findById(id)).isNull();
	}

	/** Sessions in memory; the application's store is the database's. */
	static final class Store extends MapSessionRepository implements FindByIndexNameSessionRepository<MapSession> {

		Store() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

	private String newSession() {
		Session session = this.sessions.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(this.start);
		this.sessions.save(session);
		return session.getId();
	}

}
