package nl.mediaprotocol.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * On first start, loads the board's protocol as version 1; at every start, checks that
 * every article the application cites exists in the version in force.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProtocolBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProtocolBootstrap.class);

	private final Protocol protocol;

	private final CitedArticles cited;

	private final ProtocolProperties properties;

	ProtocolBootstrap(Protocol protocol, CitedArticles cited, ProtocolProperties properties) {
		this.protocol = protocol;
		this.cited = cited;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, UnparseableProtocol {
		if (this.protocol.isEmpty()) {
			loadInitialVersion();
		}
		ProtocolVersion inForce = this.protocol.inForce()
			.orElseThrow(() -> new IllegalStateException("No version of the protocol is in force yet"));
		for (Map.Entry<String, Set<String>> citation : this.cited.citedBy().entrySet()) {
			if (inForce.article(citation.getKey()).isEmpty()) {
				throw new IllegalStateException("Article " + citation.getKey() + ", cited by " + citation.getValue()
						+ ", does not exist in protocol version " + inForce.number());
			}
		}
	}

	private void loadInitialVersion() throws IOException, UnparseableProtocol {
		Resource text = this.properties.initialText();
		if (!text.exists()) {
			throw new IllegalStateException("The protocol to load on first start is missing: " + text
					+ "; set mediaprotocol.protocol.initial-text");
		}
		String protocolText = text.getContentAsString(StandardCharsets.UTF_8);
		ParsedProtocol parsed = ProtocolParser.parse(protocolText);
		Map<String, String> plain = this.properties.initialPlainText().exists()
				? PlainLanguage.parse(this.properties.initialPlainText().getContentAsString(StandardCharsets.UTF_8))
				: Map.of();
		// in force from the last adoption, as the protocol itself says
		var effectiveFrom = parsed.adoptions()
			.stream()
			.map(ParsedProtocol.Adoption::adoptedOn)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> new UnparseableProtocol("protocol.parse.noAdoption"));
		ProtocolVersion version;
		try {
			version = this.protocol.add(protocolText, List.of(), effectiveFrom, "system", plain);
		}
		catch (UnparseableProtocol ex) {
			throw new IllegalStateException("Cannot load the protocol from " + text + ": " + ex.getMessage(), ex);
		}
		log.info("Loaded protocol version {} ({} articles) from {}", version.number(), version.articles().size(), text);
	}

}
