package nl.mediaprotocol.reporting;

/**
 * What a report is about, after 3.1.9 and the rest of the protocol. Some suggest a crime,
 * so the police or justice step of 3.1.9 and 4.5 becomes a task; on a sexting report no
 * image is ever accepted.
 */
enum ReportCategory {

	HACKED_ACCOUNT(true, true), RADICALISATION(true, true),
	/** Sexting: no images, ever; the school involves the police (3.1.9). */
	SEXTING(true, false), BULLYING(false, true), STALKING(true, true), THREAT(true, true), MEMES(false, true),
	GOOD_NAME(false, true),
	/** Recording or sharing a (remote) lesson (3.1.2, 3.1.8). */
	LESSON_RECORDING(false, true),
	/** Sharing personal data (3.1.3). */
	PERSONAL_DATA(false, true),
	/** Online communication going off the rails (3.2.4). */
	DERAILED_COMMUNICATION(false, true),
	/**
	 * A possible sexual offence by a staff member against a minor student: by law it goes
	 * to the bestuur directly, never through a school leader; no images.
	 */
	SEXUAL_OFFENCE_BY_STAFF(true, false), OTHER(false, true);

	private final boolean suggestsCrime;

	private final boolean imagesAllowed;

	ReportCategory(boolean suggestsCrime, boolean imagesAllowed) {
		this.suggestsCrime = suggestsCrime;
		this.imagesAllowed = imagesAllowed;
	}

	public boolean suggestsCrime() {
		return this.suggestsCrime;
	}

	public boolean imagesAllowed() {
		return this.imagesAllowed;
	}

	/** Whether the law sends it straight to the bestuur, whoever it was addressed to. */
	public boolean goesToBestuurDirectly() {
		return this == SEXUAL_OFFENCE_BY_STAFF;
	}

}
