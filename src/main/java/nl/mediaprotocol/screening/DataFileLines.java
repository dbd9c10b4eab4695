package nl.mediaprotocol.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a board's screening data file (the lexicon, the organisation's
 * identifiers): UTF-8, {@code #} starts a comment, blank lines do not count.
 */
final class DataFileLines {

	/** What a loader does with one line that counts, by its number in the file. */
	@FunctionalInterface
	interface Line {

		void read(int number, String content);

	}

	private DataFileLines() {
	}

	static void read(InputStream in, Line line) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				int comment = text.indexOf('#');
				String content = (comment >= 0 ? text.substring(0, comment) : text).strip();
				if (!content.isEmpty()) {
					line.read(number, content);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
