package nl.mediaprotocol.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A journey through the running app in a real headless Chromium: the app on a random port
 * with a fresh database in demo mode, every demo account with the password
 * {@link #PASSWORD} (and the authenticator key {@link #AUTHENTICATOR_KEY} where its role
 * needs a second factor), and a {@link Browser} as test method parameter. All journeys
 * share one application context, so each signs in as the account it needs and changes no
 * more than it checks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "mediaprotocol.demo.enabled=true", "mediaprotocol.demo.password=" + BrowserJourney.PASSWORD,
				"mediaprotocol.demo.authenticator-key=" + BrowserJourney.AUTHENTICATOR_KEY })
@ExtendWith(BrowserExtension.class)
@interface BrowserJourney {

	/** The demo accounts' password in browser journeys. */
	String PASSWORD = "browser-journey";

	/**
	 * The authenticator key of the demo accounts whose role needs a second factor, from
	 * which a journey computes the code as the app on a phone would.
	 */
	String AUTHENTICATOR_KEY = "MEDIAPROTOCOLBROWSERJOURNEYKEY23";

}
