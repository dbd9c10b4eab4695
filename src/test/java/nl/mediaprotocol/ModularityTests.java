package nl.mediaprotocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MediaprotocolApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicFaces() {
		this.modules.verify();
	}

	@Test
	void theReadmeMapsEveryModuleWithWhatItUses() throws IOException {
		String readme = Files.readString(Path.of("README.md"));

		this.modules.forEach(module -> {
			String uses = module.getDirectDependencies(this.modules)
				.uniqueModules()
				.map(dependency -> "`" + dependency.getIdentifier() + "`")
				.sorted()
				.collect(Collectors.joining(", "));
			assertThat(readme).as("README line of module %s", module.getIdentifier())
				.containsPattern("\\| `" + module.getIdentifier() + "` \\|[^\\n]*\\| " + Pattern.quote(uses) + " ?\\|");
		});
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
