package nl.mediaprotocol.protocol;

/**
 * A citation of an article number that the protocol in force does not have.
 */
public class UnknownArticle extends RuntimeException {

	UnknownArticle(String number, int version) {
		super("Protocol version " + version + " has no article " + number);
	}

}
