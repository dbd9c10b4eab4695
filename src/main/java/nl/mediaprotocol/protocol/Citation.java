package nl.mediaprotocol.protocol;

/**
 * An article of the protocol in force, as other modules show it: its number, its text,
 * and the link to it on the protocol page.
 */
public record Citation(String number, String text, String link) {
}
