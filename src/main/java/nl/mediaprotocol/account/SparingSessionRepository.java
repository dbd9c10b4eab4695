package nl.mediaprotocol.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The session store, writing a session's last access only when it moved by at least
 * {@link #PRECISION}. Spring Session writes it at the end of every request, which on the
 * embedded database was a row update and a commit to disk per request, the biggest single
 * cost of a page after rendering it. A session in use is therefore written about once a
 * minute, and one left alone ends between 29 and 30 minutes after its last request rather
 * than at 30 exactly: never later. Everything else (new sessions, attributes, a changed
 * id, signing out) is written as before.
 */
final class SparingSessionRepository implements FindByIndexNameSessionRepository<Session> {

	/** How far the last access may lag behind in the store, at most. */
	static final Duration PRECISION = Duration.ofMinutes(1);

	/**
	 * How far the last access of a session that ends after this long idle may lag: a
	 * minute, or a tenth of a shorter time-out, so that no one busy is signed out.
	 */
	static Duration precisionFor(Duration maxInactiveInterval) {
		Duration tenth = maxInactiveInterval.dividedBy(10);
		return (tenth.isPositive() && tenth.compareTo(PRECISION) < 0) ? tenth : PRECISION;
	}

	private final FindByIndexNameSessionRepository<Session> sessions;

	/** Each of the store's sessions goes back to it (their type is the store's own). */
	@SuppressWarnings("unchecked")
	SparingSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Override
	public Session createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(Session session) {
		this.sessions.save((session instanceof Sparing sparing) ? sparing.session : session);
	}

	@Override
	public @Nullable Session findById(String id) {
		Session session = this.sessions.findById(id);
		return (session != null) ? new Sparing(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Sparing(session)));
		return found;
	}

	/** A stored session whose last access moves only by {@link #precisionFor} or more. */
	private record Sparing(Session session) implements Session {

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			Duration precision = precisionFor(this.session.getMaxInactiveInterval());
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(precision))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
