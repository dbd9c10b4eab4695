package nl.mediaprotocol.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as a Dutch student administration exports it: UTF-8 (with or without a byte
 * order mark), separated by semicolons or commas, with a header line.
 */
final class CsvSheet {

	private final List<String> headers;

	private final List<Line> lines;

	private CsvSheet(List<String> headers, List<Line> lines) {
		this.headers = headers;
		this.lines = lines;
	}

	/**
	 * One data line; {@code number} is the line in the file as a spreadsheet shows it.
	 */
	record Line(int number, Map<String, String> values) {

		@Nullable String get(String normalizedHeader) {
			String value = this.values.get(normalizedHeader);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	/** Thrown when the file as a whole cannot be read; carries a message code. */
	static final class Unreadable extends Exception {

		private final String code;

		private final Object[] args;

		Unreadable(String code, Object... args) {
			super(code);
			this.code = code;
			this.args = args;
		}

		String code() {
			return this.code;
		}

		Object[] args() {
			return this.args;
		}

	}

	static CsvSheet read(byte[] content) throws Unreadable {
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new Unreadable("import.file.empty");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames().stream().map(CsvSheet::normalize).toList();
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (isBlank(record)) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < headers.size() && i < record.size(); i++) {
					values.putIfAbsent(headers.get(i), record.get(i));
				}
				// the header is line 1, so the first record is line 2, as a spreadsheet
				// numbers it
				lines.add(new Line((int) record.getRecordNumber() + 1, values));
			}
			if (lines.isEmpty()) {
				throw new Unreadable("import.file.noLines");
			}
			return new CsvSheet(headers, lines);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			// commons-csv reports a broken quote or a duplicate header this way
			throw new Unreadable("import.file.malformed");
		}
	}

	private static String decode(byte[] content) throws Unreadable {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("import.file.notUtf8");
		}
	}

	/** "E-mailadres", "e_mail adres" and "EMAILADRES" are one column. */
	static String normalize(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static int count(String text, char wanted) {
		return (int) text.chars().filter(c -> c == wanted).count();
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(value -> value == null || value.isBlank());
	}

	List<String> headers() {
		return this.headers;
	}

	List<Line> lines() {
		return this.lines;
	}

}
