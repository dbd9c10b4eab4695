package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NamesInAddressesTests {

	private static List<Finding> findings(String text, FindingType type) {
		return ScreeningFixtures.SCREENER.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == type)
			.toList();
	}

	@Test
	void aRegisteredNameInsideAnEmailAddressIsANameAsWell() {
		assertThat(findings("Mail nora.vos12@gmail.com, n.vos@live.nl, vos.nora@kpnmail.nl of noravos@ziggo.nl",
				FindingType.PERSON_NAME))
			.extracting(Finding::text, Finding::category)
			.containsExactly(tuple("nora.vos12", "student"), tuple("n.vos", "student"), tuple("vos.nora", "student"),
					tuple("noravos", "student"));
		assertThat(findings("Mail nora.vos12@gmail.com", FindingType.EMAIL)).extracting(Finding::text)
			.containsExactly("nora.vos12@gmail.com");
	}

	@Test
	void anEmployeesNameInHerAddressWarnsAndATussenvoegselIsRead() {
		assertThat(findings("Mail sanne.de.vries@ziggo.nl of peter.van.den.berg(at)gmail.com", FindingType.PERSON_NAME))
			.extracting(Finding::text, Finding::severity)
			.containsExactly(tuple("sanne.de.vries", Severity.WARN), tuple("peter.van.den.berg", Severity.BLOCK));
	}

	@Test
	void aRegisteredNameInAHandleOrProfileLinkIsAName() {
		assertThat(findings("Volg @lucas_vermeulen_2011 en tiktok.com/@noravos09 en linkedin.com/in/sanne-de-vries",
				FindingType.PERSON_NAME))
			.extracting(Finding::text)
			.containsExactly("lucas_vermeulen_2011", "noravos09", "sanne-de-vries");
		assertThat(findings("Volg ons op insta: lucas.vermeulen040", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("lucas.vermeulen040");
	}

	@Test
	void anAddressWithoutARegisteredNameNamesNobody() {
		assertThat(findings("Mail info@school.nl, jan@gmail.com, emma.jansen@live.nl of nora@ziggo.nl",
				FindingType.PERSON_NAME))
			.isEmpty();
		assertThat(findings("Volg @zonnebloem_2024, zie o.a. www.vos.nl en de bijlage_2.pdf", FindingType.PERSON_NAME))
			.isEmpty();
	}

}
