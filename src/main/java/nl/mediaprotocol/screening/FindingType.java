package nl.mediaprotocol.screening;

/**
 * What a finding is about. Personal data cites 3.1.3 (everyone) or 3.3.2 (an employee's
 * personal post); the article of harmful content comes with its lexicon category.
 */
public enum FindingType {

	/** The name of a registered student, guardian or employee. */
	PERSON_NAME(true),
	/** Telefoonnummer. */
	PHONE_NUMBER(true),
	/** E-mailadres. */
	EMAIL(true),
	/** A link to a person's own profile on a social network. */
	PROFILE_URL(true),
	/** Bankrekeningnummer, checked with mod 97. */
	IBAN(true),
	/** Burgerservicenummer, checked with the 11-test. */
	BSN(true),
	/** Leerlingnummer, in the board's pattern. */
	STUDENT_NUMBER(true),
	/** Postcode, with street and number when given. */
	ADDRESS(true),
	/** Geboortedatum, or an age tied to a name. */
	DATE_OF_BIRTH(true),
	/** Kenteken. */
	LICENCE_PLATE(true),
	/** Insult, threat, sexual, discriminating or radicalising words. */
	HARMFUL_CONTENT(false),
	/** An employee writes about the board without saying they work there and as what. */
	MISSING_ROLE_DISCLOSURE(false),
	/** An employee writes about the board without saying it is their personal opinion. */
	MISSING_DISCLAIMER(false),
	/** A photo tells where it was taken. */
	GPS_POSITION(true),
	/** A photo carries EXIF, XMP or IPTC metadata (camera, owner, dates, names). */
	PHOTO_METADATA(true),
	/** A face in a photo: publishing it needs consent. */
	FACE(true),
	/** A file that is not an image, is broken, or is too large to open safely. */
	UNREADABLE_IMAGE(false);

	private final boolean personalData;

	FindingType(boolean personalData) {
		this.personalData = personalData;
	}

	/** Whether this is personal data ("persoonsgegevens") in the sense of 3.1.3. */
	public boolean isPersonalData() {
		return this.personalData;
	}

	/** The key of the Dutch (and English) message that says what to do. */
	public String messageKey() {
		return "screening.finding." + name();
	}

}
