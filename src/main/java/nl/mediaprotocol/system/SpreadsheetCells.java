package nl.mediaprotocol.system;

import org.jspecify.annotations.Nullable;

/**
 * A value for a CSV cell that a spreadsheet opens as text, never as a formula: a value
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading apostrophe (OWASP, CSV injection).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
