package nl.mediaprotocol.publication;

/** Where a post is on its way out. */
enum PublicationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

	boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
