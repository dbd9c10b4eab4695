package nl.mediaprotocol.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-language texts per article: a line {@code [3.1.6]} followed by the text,
 * until the next such line; lines starting with {@code #} are comments.
 */
final class PlainLanguage {

	private static final Pattern ARTICLE = Pattern.compile("\\[(\\d+(?:\\.\\d+){1,2})]");

	private PlainLanguage() {
	}

	static Map<String, String> parse(String text) {
		Map<String, String> texts = new LinkedHashMap<>();
		String current = null;
		StringBuilder body = new StringBuilder();
		for (String line : text.lines().toList()) {
			String stripped = line.strip();
			if (stripped.startsWith("#")) {
				continue;
			}
			Matcher article = ARTICLE.matcher(stripped);
			if (article.matches()) {
				if (current != null) {
					texts.put(current, body.toString().strip());
				}
				current = article.group(1);
				body.setLength(0);
			}
			else if (current != null) {
				body.append(stripped).append('\n');
			}
		}
		if (current != null) {
			texts.put(current, body.toString().strip());
		}
		return texts;
	}

}
