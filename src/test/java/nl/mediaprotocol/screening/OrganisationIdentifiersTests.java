package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * 3.1.3 protects persons: the board's own phone number, mailboxes, accounts and visiting
 * address are no personal data, a person's are.
 */
class OrganisationIdentifiersTests {

	private static final OrganisationIdentifiers BOARD = OrganisationIdentifiers.of("""
			[phone]
			040-2123456
			[email]
			info@ssoe.nl
			[email-domain]
			ssoe.nl
			[iban]
			NL52 RABO 8727 1416 93
			[profile]
			instagram.com/ssoe_eindhoven
			@ssoe
			[address]
			Schoolstraat 1, 5611 AB Eindhoven
			""");

	private static final TextScreener SCREENER = new TextScreener(
			new PeopleSnapshot(ScreeningFixtures.SNAPSHOT.people(), ScreeningFixtures.SNAPSHOT.places(),
					ScreeningFixtures.SNAPSHOT.organisation(), BOARD));

	private static List<String> found(String text, FindingType type) {
		return SCREENER.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == type)
			.map(Finding::text)
			.toList();
	}

	@Test
	void theBoardsPhoneNumberIsNoPersonalDataInAnyForm() {
		assertThat(found("Bel bij ziekte naar school: 040-2123456 of +31 40 212 3456", FindingType.PHONE_NUMBER))
			.isEmpty();
		assertThat(found("Bel mij thuis op 040-2567890", FindingType.PHONE_NUMBER)).containsExactly("040-2567890");
	}

	@Test
	void theBoardsMailboxesAndItsRoleMailboxesAreNoPersonalData() {
		assertThat(found("Mail info@ssoe.nl, INFO@SSOE.NL of overblijf@ssoe.nl", FindingType.EMAIL)).isEmpty();
		// a person's mailbox at the board's domain is theirs, a role mailbox elsewhere
		// is someone else's
		assertThat(found("Mail w.koster@ssoe.nl of info@kapsalon-jansen.nl", FindingType.EMAIL))
			.containsExactly("w.koster@ssoe.nl", "info@kapsalon-jansen.nl");
	}

	@Test
	void theBoardsBankAccountIsNoPersonalDataAndHidesWhatIsInside() {
		assertThat(found("Overmaken op NL52RABO8727141693 t.n.v. de school", FindingType.IBAN)).isEmpty();
		assertThat(SCREENER.screen(Post.of("Overmaken op NL52 RABO 8727 1416 93")).findings()).isEmpty();
		assertThat(found("Overmaken naar mij: NL97INGB2399756255", FindingType.IBAN))
			.containsExactly("NL97INGB2399756255");
	}

	@Test
	void theBoardsAccountsAreNoPersonalProfiles() {
		assertThat(found("Volg ons op https://www.instagram.com/ssoe_eindhoven/ voor foto's", FindingType.PROFILE_URL))
			.isEmpty();
		assertThat(found("Volg @ssoe en insta @SSOE_Eindhoven", FindingType.PROFILE_URL)).isEmpty();
		assertThat(found("Volg instagram.com/noah_v_2014", FindingType.PROFILE_URL))
			.containsExactly("instagram.com/noah_v_2014");
	}

	@Test
	void theBoardsVisitingAddressIsNoHomeAddress() {
		assertThat(found("De school staat op Schoolstraat 1, 5611 AB Eindhoven.", FindingType.ADDRESS)).isEmpty();
		assertThat(found("Ik woon op Schoolstraat 9, 5611 AB Eindhoven.", FindingType.ADDRESS))
			.containsExactly("Schoolstraat 9, 5611 AB");
		assertThat(found("Ophalen op Dorpsstraat 14, 5612 CD Eindhoven.", FindingType.ADDRESS))
			.containsExactly("Dorpsstraat 14, 5612 CD");
	}

	@Test
	void aLineThatIsNoIdentifierOfItsSectionStopsTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationIdentifiers.of("[iban]\nNL00 TEST 0000"))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationIdentifiers.of("040-2123456"));
	}

	@Test
	void theDemoBoardsIdentifiersLoad() {
		OrganisationIdentifiers demo = OrganisationIdentifiers
			.load(OrganisationIdentifiers.class.getResourceAsStream("/screening/organisation-ssoe.txt"));
		assertThat(demo.owns(FindingType.PHONE_NUMBER, "040 212 34 56")).isTrue();
		assertThat(demo.owns(FindingType.EMAIL, "administratie@ssoe.nl")).isTrue();
		assertThat(demo.owns(FindingType.EMAIL, "w.koster@ssoe.nl")).isFalse();
	}

}
