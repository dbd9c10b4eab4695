package nl.mediaprotocol.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every {@link AuditableEvent} that a module publishes, with who did it (account
 * and roles) and from which address, taken from the request it was published in.
 */
@Component
class AuditRecorder {

	/** The actor of what happens outside a signed-in request: start-up, schedules. */
	static final String SYSTEM = "systeem";

	/** The actor of a request by someone not signed in (a sign-in attempt, say). */
	static final String ANONYMOUS = "anoniem";

	private final AuditChain chain;

	private final Clock clock;

	AuditRecorder(AuditChain chain, Clock clock) {
		this.chain = chain;
		this.clock = clock;
	}

	/**
	 * Inside a transaction the entry is written just before it commits, as part of it: a
	 * change that is rolled back leaves no entry, and a change is never committed without
	 * one. Outside a transaction, or in a read-only one (a read, a refused read), it is
	 * written in a transaction of its own.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AuditableEvent event) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpServletRequest request = currentRequest();
		String actor = actorOf(authentication, request != null);
		String roles = rolesOf(authentication);
		AuditedRecord record = event.record();
		AuditEntry.Draft draft = new AuditEntry.Draft(this.clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, roles,
				event.action(), record.type(), fit(record.id(), 120), fit(event.subjectRef(), 40),
				fit(event.details(), 500), request != null && event.recordsAddress() ? request.getRemoteAddr() : null);
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a read: it is recorded whatever becomes of the transaction it happened in
			this.chain.appendAlone(draft);
		}
		else {
			this.chain.append(draft);
		}
	}

	/**
	 * A value cut to its column: an identifier someone typed into an address can be any
	 * length, and its refusal is recorded all the same. A cut value ends in "…".
	 */
	static @Nullable String fit(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
	}

	private static String actorOf(@Nullable Authentication authentication, boolean inRequest) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return inRequest ? ANONYMOUS : SYSTEM;
		}
		return authentication.getName();
	}

	/** The roles as the account holds them, without Spring's {@code ROLE_} prefix. */
	private static String rolesOf(@Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
