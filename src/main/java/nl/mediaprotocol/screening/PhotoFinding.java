package nl.mediaprotocol.screening;

import org.jspecify.annotations.Nullable;

/**
 * One thing found in a photo.
 *
 * @param type what was found
 * @param severity whether the photo must not go out as it is
 * @param article the article number it enforces
 * @param detail what exactly: the position, the metadata, the problem with the file
 * @param box where a face is, in pixels of the photo
 */
public record PhotoFinding(FindingType type, Severity severity, String article, String detail, @Nullable Box box) {

	/** A rectangle in pixels, from the top left corner. */
	public record Box(int x, int y, int width, int height) {
	}

}
