package nl.mediaprotocol.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application keeps its sessions through {@link SparingSessionRepository}: if Spring
 * Boot's session store stopped being wrapped, every request would write again, and only
 * the load test would notice.
 */
@SpringBootTest
class SessionStoreIntegrationTests {

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void theDatabasesSessionStoreIsUsedThroughTheSparingOne() {
		assertThat(this.sessions).isInstanceOf(SparingSessionRepository.class);
	}

}
