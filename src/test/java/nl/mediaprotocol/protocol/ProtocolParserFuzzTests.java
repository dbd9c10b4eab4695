package nl.mediaprotocol.protocol;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import nl.mediaprotocol.Fuzz;
import org.junit.jupiter.api.Test;

/** The protocol parser, fed what a beheerder pastes as a new version. */
class ProtocolParserFuzzTests {

	@Test
	void aMangledProtocolIsParsedOrRefusedNeverThrownOrHung() throws Exception {
		byte[] ssoe = Files.readAllBytes(Path.of("../shared/protocol/protocol-social-media-ssoe.txt"));
		Fuzz.run("protocol parser", List.of(ssoe, "1. INLEIDING\n\n1. Eerste.\n".getBytes(StandardCharsets.UTF_8)),
				Fuzz.iterations(150), Set.of(UnparseableProtocol.class),
				input -> ProtocolParser.parse(new String(input, StandardCharsets.UTF_8)));
	}

}
