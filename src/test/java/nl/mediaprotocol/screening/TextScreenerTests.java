package nl.mediaprotocol.screening;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TextScreenerTests {

	private static List<Finding> findings(String text) {
		return ScreeningFixtures.SCREENER.screen(Post.of(text)).findings();
	}

	private static List<Finding> findings(String text, FindingType type) {
		return findings(text).stream().filter(finding -> finding.type() == type).toList();
	}

	@Test
	void aFullNameIsFoundWhateverItsCaseOrAccents() {
		assertThat(findings("Vandaag won noah VERMEULEN de tekenwedstrijd!", FindingType.PERSON_NAME))
			.extracting(Finding::text, Finding::severity, Finding::category, Finding::article)
			.containsExactly(tuple("noah VERMEULEN", Severity.BLOCK, "student", "3.1.3"));
		assertThat(findings("Zoe van 't Hek en Zoë van ’t Hek", FindingType.PERSON_NAME)).hasSize(2);
	}

	@Test
	void aFirstNameWithTheInitialOfTheLastNameIsAName() {
		assertThat(findings("Nora V. had de snelste tijd", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("Nora V");
		assertThat(findings("S. de Vries opent de dag", FindingType.PERSON_NAME)).extracting(Finding::category)
			.containsExactly("employee");
	}

	@Test
	void aFirstNameAloneCountsOnlyWhenTheGroupIsNamed() {
		assertThat(findings("Noah heeft goed zijn best gedaan", FindingType.PERSON_NAME)).isEmpty();
		assertThat(findings("Noah uit Klas 3 heeft goed zijn best gedaan", FindingType.PERSON_NAME))
			.extracting(Finding::text)
			.containsExactly("Noah");
		assertThat(findings("Noah Jansen uit Klas 3 was er ook", FindingType.PERSON_NAME)).isEmpty();
		assertThat(findings("Noah de Boer uit Klas 3 was er ook", FindingType.PERSON_NAME)).isEmpty();
		// "in" and "op" also start last names ("in 't Veld"), but a group is no last name
		assertThat(findings("Vandaag trakteert Noah in Klas 3", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("Noah");
		assertThat(findings("Nora op Woensel won", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("Nora");
	}

	@Test
	void unregisteredNamesAreNotFound() {
		assertThat(findings("Emma de Boer en Daan Smit gingen mee naar Woensel", FindingType.PERSON_NAME)).isEmpty();
	}

	@Test
	void dutchAndInternationalPhoneNumbers() {
		assertThat(findings("Bel 06-12345678 of +31 40 123 4567, of 040 - 2345678", FindingType.PHONE_NUMBER))
			.extracting(Finding::text)
			.containsExactly("06-12345678", "+31 40 123 4567", "040 - 2345678");
		assertThat(findings("Lees artikel 3.1.6 en kom om 12.30 uur", FindingType.PHONE_NUMBER)).isEmpty();
	}

	@Test
	void anIbanPassesMod97AndHidesThePhoneNumberInside() {
		assertThat(findings("Maak over naar NL91 ABNA 0417 1643 00 voor het schoolreisje"))
			.extracting(Finding::type, Finding::text)
			.containsExactly(tuple(FindingType.IBAN, "NL91 ABNA 0417 1643 00"));
		assertThat(findings("Maak over naar NL92 ABNA 0417 1643 00", FindingType.IBAN)).isEmpty();
	}

	@Test
	void aBsnPassesTheElevenTest() {
		assertThat(findings("BSN 111222333 staat in het dossier", FindingType.BSN)).extracting(Finding::text)
			.containsExactly("111222333");
		assertThat(findings("Ordernummer 111222334 is verzonden", FindingType.BSN)).isEmpty();
	}

	@Test
	void studentNumbersInTheBoardsPattern() {
		assertThat(findings("Leerling L-1007 mag naar huis", FindingType.STUDENT_NUMBER)).extracting(Finding::text)
			.containsExactly("L-1007");
		assertThat(findings("Lokaal L-10 is vrij", FindingType.STUDENT_NUMBER)).isEmpty();
	}

	@Test
	void emailsAndProfileLinks() {
		assertThat(findings("Mail naar j.jansen@gmail.com", FindingType.EMAIL)).extracting(Finding::text)
			.containsExactly("j.jansen@gmail.com");
		assertThat(findings(
				"Volg instagram.com/noah.v2012 en https://www.tiktok.com/@lucasv of linkedin.com/in/sanne-de-vries",
				FindingType.PROFILE_URL))
			.extracting(Finding::text)
			.containsExactly("instagram.com/noah.v2012", "https://www.tiktok.com/@lucasv",
					"linkedin.com/in/sanne-de-vries");
		assertThat(findings("Kijk op www.ssoe.nl/nieuws of instagram.com/p/Cx12", FindingType.PROFILE_URL)).isEmpty();
		assertThat(findings("Stuur een @bericht of mail ons via het ouderportaal: info at school", FindingType.EMAIL))
			.isEmpty();
	}

	@Test
	void aPostcodeWithOrWithoutStreetIsAnAddress() {
		assertThat(findings("Hij woont op Kerkstraat 12a, 5611 AB Eindhoven", FindingType.ADDRESS))
			.extracting(Finding::text)
			.containsExactly("Kerkstraat 12a, 5611 AB");
		assertThat(findings("Postcode 5611AB", FindingType.ADDRESS)).extracting(Finding::text)
			.containsExactly("5611AB");
		assertThat(findings("In 2024 MT-leden en 1234 ab", FindingType.ADDRESS)).isEmpty();
	}

	@Test
	void anAgeTiedToANameOrADateOfBirth() {
		assertThat(findings("Noah (9) en Lucas wordt vandaag 17! Nora is geboren op 3 maart 2012.",
				FindingType.DATE_OF_BIRTH))
			.extracting(Finding::text)
			.containsExactly("(9)", "wordt vandaag 17", "geboren op 3 maart 2012");
		assertThat(findings("Zie artikel 3.1.6. Het is 12 jaar geleden. Groep 8 (12 leerlingen) speelt om 3.",
				FindingType.DATE_OF_BIRTH))
			.isEmpty();
	}

	@Test
	void dutchLicencePlatesInTheirSidecodes() {
		assertThat(findings("De auto met kenteken 12-ABC-3 en AB-123-C stond er", FindingType.LICENCE_PLATE))
			.extracting(Finding::text)
			.containsExactly("12-ABC-3", "AB-123-C");
		assertThat(findings("Code VSO-3 en SO-A, 12-03-2024", FindingType.LICENCE_PLATE)).isEmpty();
	}

	@Test
	void harmfulWordsWithTheirCategoryAndVariants() {
		assertThat(findings("Jij bent een k4nker lijer en een k a n k e r h o e r, ik maak je af",
				FindingType.HARMFUL_CONTENT))
			.extracting(Finding::text, Finding::category)
			.containsExactly(tuple("k4nker", "insult"), tuple("k a n k e r h o e r", "insult"),
					tuple("ik maak je af", "threat"));
		assertThat(findings("SUKKELLLL", FindingType.HARMFUL_CONTENT)).hasSize(1);
		assertThat(findings("We lopen voor kankeronderzoek, negeer de regen en bekijk de boom",
				FindingType.HARMFUL_CONTENT))
			.isEmpty();
	}

	@Test
	void anEmployeesPersonalPostAboutTheBoardDisclosesRoleAndOpinion() {
		ScreeningResult bare = ScreeningFixtures.SCREENER.screen(Post.personal("Wat een rommelig beleid bij SSOE."));
		assertThat(bare.findings()).extracting(Finding::type, Finding::article)
			.containsExactlyInAnyOrder(tuple(FindingType.MISSING_DISCLAIMER, "3.3.5"),
					tuple(FindingType.MISSING_ROLE_DISCLOSURE, "3.3.4"));
		assertThat(bare.verdict()).isEqualTo(Verdict.WARN);

		ScreeningResult disclosed = ScreeningFixtures.SCREENER
			.screen(Post.personal("Ik werk als leerkracht bij SSOE. Op persoonlijke titel: wat een rommelig beleid."));
		assertThat(disclosed.verdict()).isEqualTo(Verdict.OK);
		assertThat(ScreeningFixtures.SCREENER.screen(Post.of("Wat een mooi feest bij SSOE.")).verdict())
			.isEqualTo(Verdict.OK);
	}

	@Test
	void englishTextIsScreenedToo() {
		assertThat(findings("Noah Vermeulen turns 17 today! Call +31 6 12345678. Nobody likes you, loser."))
			.extracting(Finding::type, Finding::text)
			.containsExactly(tuple(FindingType.PERSON_NAME, "Noah Vermeulen"),
					tuple(FindingType.DATE_OF_BIRTH, "turns 17 today"),
					tuple(FindingType.PHONE_NUMBER, "+31 6 12345678"),
					tuple(FindingType.HARMFUL_CONTENT, "Nobody likes you"),
					tuple(FindingType.HARMFUL_CONTENT, "loser"));
		assertThat(
				findings("The boom of the sleet storm was heard at school; we ignored it and caught the bus at 3 pm."))
			.isEmpty();
	}

	@Test
	void theVerdictIsTheWorstSeverity() {
		assertThat(ScreeningFixtures.SCREENER.screen(Post.of("Een zonnige sportdag!")).verdict()).isEqualTo(Verdict.OK);
		assertThat(ScreeningFixtures.SCREENER.screen(Post.of("Juf Sanne de Vries las voor")).verdict())
			.isEqualTo(Verdict.WARN);
		assertThat(ScreeningFixtures.SCREENER.screen(Post.of("Noah Vermeulen las voor")).verdict())
			.isEqualTo(Verdict.BLOCK);
	}

	@Test
	void spansAreUtf16OffsetsIntoTheText() {
		String text = "🎉 Feest! Bel 0612345678";
		Finding phone = findings(text, FindingType.PHONE_NUMBER).get(0);
		assertThat(text.substring(phone.start(), phone.end())).isEqualTo("0612345678");
		assertThat(phone.start()).isEqualTo(14);
	}

	@Test
	void serviceAndCompanyNumbersReachNobodyInPerson() {
		assertThat(findings("Huisartsenpost 0900-8861, gratis 0800-0432, administratie 088 - 1234567",
				FindingType.PHONE_NUMBER))
			.isEmpty();
		assertThat(findings("Bel mij op 085-1234567 of 06-12345678", FindingType.PHONE_NUMBER))
			.extracting(Finding::text)
			.containsExactly("085-1234567", "06-12345678");
	}

	@Test
	void aNumberThatPassesTheElevenTestIsNoBsnWhereThePostCallsItAnOrderOrReference() {
		assertThat(findings("Bestelnummer 305332429 is verzonden. Order 897933631 is geannuleerd.", FindingType.BSN))
			.isEmpty();
		assertThat(findings("Vermeld kenmerk 111222333 bij de betaling", FindingType.BSN)).isEmpty();
		assertThat(findings("Factuurnr. 111 222 333", FindingType.BSN)).isEmpty();
		// the order word in another sentence says nothing about this number
		assertThat(findings("De bestelling is binnen. Zijn nummer is 111222333.", FindingType.BSN))
			.extracting(Finding::text)
			.containsExactly("111222333");
	}

	@Test
	void aCitizenWordMakesANumberABsnEvenNextToAnOrderWordAndReadsEightDigits() {
		assertThat(findings("Op de bestelling stond het BSN 111222333", FindingType.BSN)).extracting(Finding::text)
			.containsExactly("111222333");
		// 8 digits are a BSN (0 in front) only where the post says so
		assertThat(findings("sofinummer 12345672 van de nieuwe leerling", FindingType.BSN)).extracting(Finding::text)
			.containsExactly("12345672");
		assertThat(findings("Het nummer 12345672 van de nieuwe leerling", FindingType.BSN)).isEmpty();
		assertThat(findings("BSN 12345673", FindingType.BSN)).isEmpty();
	}

	@Test
	void anIbanIsFoundInLowerCaseAndWithASpaceAfterTheCountry() {
		assertThat(findings("overmaken kan op nl04knab9406006607, bedankt", FindingType.IBAN)).extracting(Finding::text)
			.containsExactly("nl04knab9406006607");
		assertThat(findings("Graag op NL 91 ABNA 0417 1643 00 voor vrijdag", FindingType.IBAN))
			.extracting(Finding::text)
			.containsExactly("NL 91 ABNA 0417 1643 00");
		// the checksum still decides, and "de 12" is no country and its number
		assertThat(findings("overmaken kan op nl05knab9406006607", FindingType.IBAN)).isEmpty();
		assertThat(findings("de 12 leerlingen van groep 8 gaan op kamp naar Ameland", FindingType.IBAN)).isEmpty();
	}

	@Test
	void anAccountInAnOrganisationsNameIsNoPersonalDataButAPersonsIs() {
		assertThat(findings("Rekeningnummer van de ouderraad is NL91 ABNA 0417 1643 00.")).isEmpty();
		assertThat(findings("Overmaken op NL91ABNA0417164300 t.n.v. Stichting Vrienden van de Zonnebloem")).isEmpty();
		assertThat(findings("Overmaken op NL91ABNA0417164300 t.n.v. SSOE")).isEmpty();
		assertThat(findings("Het geld voor de ouderraad mag naar mij: NL91ABNA0417164300", FindingType.IBAN))
			.hasSize(1);
		// the organisation in another sentence says nothing about this account
		assertThat(findings("De ouderraad dankt u. Petra heeft NL91ABNA0417164300.", FindingType.IBAN)).hasSize(1);
	}

	@Test
	void aDomainOfThousandsOfLabelsIsNoEmailAddressAndNoStackOverflow() {
		String dotted = "3.".repeat(4_000);
		assertThat(findings("mail noah.vermeulen@gmail" + dotted, FindingType.EMAIL)).isEmpty();
		assertThat(findings("mail noah.vermeulen@gmail" + dotted + "nl", FindingType.EMAIL)).as("more than DNS allows")
			.isEmpty();
		assertThat(findings("mail noah@" + "a.".repeat(120) + "nl", FindingType.EMAIL)).extracting(Finding::text)
			.containsExactly("noah@" + "a.".repeat(120) + "nl");
	}

	@Test
	void anEmailAddressWrittenAgainstSpamIsAnEmailAddress() {
		assertThat(findings("mail: kees.van.dijk(at)ziggo.nl (tegen spam)", FindingType.EMAIL))
			.extracting(Finding::text)
			.containsExactly("kees.van.dijk(at)ziggo.nl");
		assertThat(findings("jan (at) gmail (dot) com of piet[AT]hotmail[dot]nl", FindingType.EMAIL))
			.extracting(Finding::text)
			.containsExactly("jan (at) gmail (dot) com", "piet[AT]hotmail[dot]nl");
		assertThat(findings("We zijn (at) school, zie (at) de kalender [at] home", FindingType.EMAIL)).isEmpty();
	}

	@Test
	void aBareHandleIsAnAccountWhenItLooksMadeUpOrFollowsVolg() {
		assertThat(findings("Volg @daan_bakker_2013 voor zijn filmpjes, en insta @lotte", FindingType.PROFILE_URL))
			.extracting(Finding::text)
			.containsExactly("@daan_bakker_2013", "@lotte");
		assertThat(findings("Stuur een @bericht of mail j.jansen@gmail.com, @ 10 uur", FindingType.PROFILE_URL))
			.isEmpty();
	}

	@Test
	void aTussenvoegselWrittenShortIsTheSameName() {
		assertThat(findings("Peter vd Berg, Peter v.d. Berg en Peter v/d Berg", FindingType.PERSON_NAME))
			.extracting(Finding::text)
			.containsExactly("Peter vd Berg", "Peter v.d. Berg", "Peter v/d Berg");
		assertThat(findings("Peter vd Vries en Sanne vd Vries", FindingType.PERSON_NAME)).isEmpty();
	}

	@Test
	void aFirstNameCountsWhenThePostNamesAGroupByItsYear() {
		assertThat(findings("Noah (groep 6) werd gisteren 10!", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("Noah");
		assertThat(findings("Nora zit in klas 2", FindingType.PERSON_NAME)).extracting(Finding::text)
			.containsExactly("Nora");
		assertThat(findings("Noah zat in de groepsapp, 6 berichten", FindingType.PERSON_NAME)).isEmpty();
		assertThat(findings("Noah won met groep 12345 punten", FindingType.PERSON_NAME)).isEmpty();
	}

	@Test
	void anAgeRightAfterARegisteredNameIsTiedToIt() {
		assertThat(findings("Nora is 8 en zit in Klas 3. Noah (Klas 3) werd gisteren 10!", FindingType.DATE_OF_BIRTH))
			.extracting(Finding::text)
			.containsExactly("is 8", "werd gisteren 10");
		assertThat(findings("Nora Vos is 3 keer gevallen en Noah Vermeulen is 25 jaar in dienst",
				FindingType.DATE_OF_BIRTH))
			.isEmpty();
		assertThat(findings("Nora Vos is 2,5 uur bezig geweest", FindingType.DATE_OF_BIRTH)).isEmpty();
	}

	@Test
	void anAgeAfterAPronounForARegisteredNameIsTiedToIt() {
		assertThat(findings("Vandaag trakteert Noah in Klas 3, hij is 10 jaar geworden.", FindingType.DATE_OF_BIRTH))
			.extracting(Finding::text)
			.containsExactly("hij is 10 jaar geworden");
		assertThat(findings("Feest voor Nora Vos: ze wordt 9!", FindingType.DATE_OF_BIRTH)).extracting(Finding::text)
			.containsExactly("ze wordt 9");
		// no registered name, or a pronoun that says nothing of an age
		assertThat(findings("Vandaag trakteert Daan, hij is 10 jaar geworden.", FindingType.DATE_OF_BIRTH)).isEmpty();
		assertThat(findings("Nora Vos won, ze is 2 keer eerste geworden", FindingType.DATE_OF_BIRTH)).isEmpty();
	}

	@Test
	void yearsOfServiceOrMarriageAreNoAge() {
		assertThat(findings("Meester Johan is 25 jaar in dienst, Sanne is 12 jaar getrouwd", FindingType.DATE_OF_BIRTH))
			.isEmpty();
		assertThat(findings("Meester Johan is 45 jaar vandaag", FindingType.DATE_OF_BIRTH)).extracting(Finding::text)
			.containsExactly("is 45 jaar vandaag");
	}

	@Test
	void aDateAFewWordsAfterGeboortedatumIsADateOfBirth() {
		assertThat(findings("geboortedatum Nora uit Klas 3: 03-05-2014", FindingType.DATE_OF_BIRTH))
			.extracting(Finding::text)
			.containsExactly("03-05-2014");
		assertThat(findings("Zoë is geboren. Het gebouw is op 12-03-2024 geopend, save the date 14-06-2025",
				FindingType.DATE_OF_BIRTH))
			.isEmpty();
		assertThat(findings("geboortedatum Nora: 31-02-2014", FindingType.DATE_OF_BIRTH)).isEmpty();
	}

	@Test
	void aHarmfulWordInsideAPlateOrNumberIsNoWord() {
		assertThat(findings("De auto met kenteken KK-24-47 stond fout", FindingType.HARMFUL_CONTENT)).isEmpty();
		assertThat(findings("Wat een KK auto, kenteken KK-24-47", FindingType.HARMFUL_CONTENT))
			.extracting(Finding::text)
			.containsExactly("KK");
	}

	@Test
	void aPostcodeAloneForTheRoutePlannerIsNoHomeAddress() {
		assertThat(findings("Postcode voor de route: 5625 XY Eindhoven, volg daar de borden.", FindingType.ADDRESS))
			.isEmpty();
		assertThat(findings("Voor de navigatie: Kerkstraat 12, 5611 AB", FindingType.ADDRESS)).extracting(Finding::text)
			.containsExactly("Kerkstraat 12, 5611 AB");
		assertThat(findings("Zij woont in 5625 XY. Neem de route langs het kanaal.", FindingType.ADDRESS))
			.extracting(Finding::text)
			.containsExactly("5625 XY");
	}

}
