package nl.mediaprotocol.publication;

/** Whose post it is. */
enum PublicationKind {

	/** A post for the board's own accounts (1.1, 3.1.6). */
	BOARD,
	/** An employee's own post about the board, reviewed by their manager (3.2.5). */
	PERSONAL

}
