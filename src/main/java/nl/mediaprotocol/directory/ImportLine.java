package nl.mediaprotocol.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * One line of an import file, read column by column; every value that does not fit
 * becomes an {@link ImportProblem} on this line, so that the report lists all of them at
 * once.
 */
final class ImportLine {

	private static final Pattern REF = Pattern.compile("[\\p{L}\\p{N}._/-]{1,40}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[|,\\s]+");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(pattern("d-M-uuuu"), pattern("d/M/uuuu"),
			pattern("d.M.uuuu"), pattern("uuuu-M-d"));

	private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

	private final int number;

	private final Map<String, @Nullable String> values;

	private final List<ImportProblem> problems;

	ImportLine(int number, Map<String, @Nullable String> values, List<ImportProblem> problems) {
		this.number = number;
		this.values = values;
		this.problems = problems;
	}

	int number() {
		return this.number;
	}

	@Nullable String optional(String column, int maxLength) {
		String value = this.values.get(column);
		if (value != null && value.length() > maxLength) {
			problem(column, "import.line.tooLong", maxLength);
			return null;
		}
		return value;
	}

	String required(String column, int maxLength) {
		String value = optional(column, maxLength);
		if (value == null && this.values.get(column) == null) {
			problem(column, "import.line.required");
		}
		return value == null ? "" : value;
	}

	/**
	 * A number from the school's administration, or a code: letters, digits and . _ / -
	 * only.
	 */
	String ref(String column) {
		String value = required(column, 40);
		if (!value.isEmpty() && !REF.matcher(value).matches()) {
			problem(column, "import.line.badRef", value);
		}
		return value;
	}

	@Nullable LocalDate date(String column) {
		String value = required(column, 40);
		if (value.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		problem(column, "import.line.badDate", value);
		return null;
	}

	@Nullable String email(String column) {
		String value = optional(column, 254);
		if (value != null && !EMAIL.matcher(value).matches()) {
			problem(column, "import.line.badEmail", value);
			return null;
		}
		return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A phone number, Dutch unless it says otherwise, stored in international form
	 * (+31...).
	 */
	@Nullable String phone(String column) {
		String value = optional(column, 40);
		if (value == null) {
			return null;
		}
		try {
			PhoneNumber parsed = PHONE_NUMBERS.parse(value, "NL");
			if (PHONE_NUMBERS.isValidNumber(parsed)) {
				return PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException ex) {
			// reported below, as for a number that parses but cannot exist
		}
		problem(column, "import.line.badPhone", value);
		return null;
	}

	/** Refs or codes separated by |, commas or spaces. */
	Set<String> list(String column) {
		String value = optional(column, 2000);
		if (value == null) {
			return Set.of();
		}
		return Arrays.stream(LIST_SEPARATOR.split(value))
			.filter(item -> !item.isBlank())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	Optional<SchoolYear> schoolYear(String column, SchoolYear current) {
		String value = optional(column, 20);
		if (value == null) {
			return Optional.of(current);
		}
		Optional<SchoolYear> year = SchoolYear.parse(value);
		if (year.isEmpty()) {
			problem(column, "import.line.badSchoolYear", value);
		}
		return year;
	}

	void problem(String column, String code, Object... args) {
		this.problems.add(ImportProblem.of(this.number, column, code, args));
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

}
