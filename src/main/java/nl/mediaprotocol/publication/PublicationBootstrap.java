package nl.mediaprotocol.publication;

import java.io.IOException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the board's channels on first start, after the consent purposes they refer to.
 */
@Component
@Order(30)
class PublicationBootstrap implements ApplicationRunner {

	private final Channels channels;

	private final PublicationProperties properties;

	PublicationBootstrap(Channels channels, PublicationProperties properties) {
		this.channels = channels;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		this.channels.loadIfEmpty(this.properties.defaultChannels());
	}

}
