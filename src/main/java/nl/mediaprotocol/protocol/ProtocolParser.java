package nl.mediaprotocol.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mediaprotocol.protocol.ParsedProtocol.Adoption;
import nl.mediaprotocol.protocol.ParsedProtocol.Article;
import nl.mediaprotocol.protocol.ParsedProtocol.Part;
import org.jspecify.annotations.Nullable;

/**
 * Reads a protocol as boards write it: a title page with its adoption records
 * ("Vastgesteld GMR / d.d. 12 juni 2024"), an optional table of contents, an
 * introduction, numbered chapters in capitals ("3. AFSPRAKEN, REGELS EN AVG"), optional
 * sections ("3.1 VOOR ALLE GEBRUIKERS"), and numbered articles ("6. Wanneer SSOE ..."),
 * whose list items ("- schorsing, ...") belong to the article above them. Anything else
 * is refused with the line where it stopped making sense.
 */
final class ProtocolParser {

	private static final Pattern CHAPTER = Pattern.compile("(\\d{1,2})\\.\\s+(.+)");

	private static final Pattern SECTION = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(.+)");

	private static final Pattern ARTICLE = Pattern.compile("(\\d{1,3})\\.\\s+(.+)");

	private static final Pattern LIST_ITEM = Pattern.compile("[-•–]\\s+.+");

	private static final Pattern TOC_ENTRY = Pattern.compile("(.+?)[\\t .]+(\\d{1,3})");

	private static final Pattern ADOPTED_BY = Pattern.compile("(?i)vastgesteld\\s+(?:door\\s+)?(?:de\\s+)?(.+)");

	private static final Pattern ADOPTED_ON = Pattern
		.compile("(?i)(?:d\\.d\\.|op)\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})(?:,\\s*(.*))?");

	private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.of("nl"));

	private ProtocolParser() {
	}

	static ParsedProtocol parse(String text) throws UnparseableProtocol {
		List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().map(ProtocolParser::clean).toList();
		if (lines.stream().allMatch(String::isEmpty)) {
			throw new UnparseableProtocol("protocol.parse.empty");
		}
		return new Reader(lines).read();
	}

	private static String clean(String line) {
		return line.replace('\u00a0', ' ').strip().replaceAll("^\\*\\*(.*)\\*\\*$", "$1");
	}

	static boolean isHeading(String text) {
		String letters = text.replaceAll("[^\\p{L}]", "");
		return !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
	}

	/** Walks the lines once, keeping where it is. */
	private static final class Reader {

		private final List<String> lines;

		private int index;

		private String title = "";

		private final List<Adoption> adoptions = new ArrayList<>();

		private final List<String> tocTitles = new ArrayList<>();

		private final StringBuilder introduction = new StringBuilder();

		private final List<Part> parts = new ArrayList<>();

		private final List<Article> articles = new ArrayList<>();

		private @Nullable StringBuilder closing;

		private int closingLine;

		private int chapter;

		private int section;

		private boolean chapterHasSections;

		private int article;

		private @Nullable String currentPart;

		private @Nullable StringBuilder currentText;

		Reader(List<String> lines) {
			this.lines = lines;
		}

		ParsedProtocol read() throws UnparseableProtocol {
			readTitlePage();
			readTableOfContents();
			readBody();
			finishArticle();
			if (this.articles.isEmpty()) {
				throw new UnparseableProtocol("protocol.parse.noArticles");
			}
			for (String tocTitle : this.tocTitles) {
				boolean found = normalized(tocTitle).equals("inleiding") || this.parts.stream()
					.anyMatch(part -> normalized(part.number() + ". " + part.title()).equals(normalized(tocTitle))
							|| normalized(part.title()).equals(normalized(tocTitle)));
				if (!found) {
					throw new UnparseableProtocol("protocol.parse.tocMismatch", tocTitle);
				}
			}
			return new ParsedProtocol(this.title.isEmpty() ? "Protocol" : this.title, List.copyOf(this.adoptions),
					this.introduction.toString().strip(), List.copyOf(this.parts), List.copyOf(this.articles),
					this.closing == null ? "" : this.closing.toString().strip());
		}

		/**
		 * Everything before the table of contents, or before the first heading of the
		 * body.
		 */
		private void readTitlePage() throws UnparseableProtocol {
			while (this.index < this.lines.size()) {
				String line = this.lines.get(this.index);
				if (line.equalsIgnoreCase("INHOUDSOPGAVE") || line.equalsIgnoreCase("INLEIDING")
						|| isChapterHeading(line)) {
					return;
				}
				Matcher adoptedBy = ADOPTED_BY.matcher(line);
				if (adoptedBy.matches()) {
					readAdoption(adoptedBy.group(1).strip());
					continue;
				}
				if (this.title.isEmpty() && line.toUpperCase(Locale.ROOT).contains("PROTOCOL") && isHeading(line)) {
					this.title = line;
				}
				this.index++;
			}
		}

		private void readAdoption(String body) throws UnparseableProtocol {
			int bodyLine = this.index + 1;
			this.index++;
			while (this.index < this.lines.size() && this.lines.get(this.index).isEmpty()) {
				this.index++;
			}
			Matcher on = this.index < this.lines.size() ? ADOPTED_ON.matcher(this.lines.get(this.index)) : null;
			if (on == null || !on.matches()) {
				throw new UnparseableProtocol("protocol.parse.adoptionWithoutDate", bodyLine, body);
			}
			LocalDate date;
			try {
				date = LocalDate.parse(on.group(1).toLowerCase(Locale.ROOT), DUTCH_DATE);
			}
			catch (DateTimeParseException ex) {
				throw new UnparseableProtocol("protocol.parse.badDate", this.index + 1, on.group(1));
			}
			StringBuilder note = new StringBuilder(on.group(2) == null ? "" : on.group(2).strip());
			this.index++;
			while (this.index < this.lines.size() && !this.lines.get(this.index).isEmpty() && !note.isEmpty()) {
				note.append(' ').append(this.lines.get(this.index));
				this.index++;
			}
			this.adoptions.add(new Adoption(body, date, note.isEmpty() ? null : note.toString()));
		}

		/**
		 * A table of contents lists titles with page numbers; the body starts with the
		 * first of them.
		 */
		private void readTableOfContents() {
			if (this.index >= this.lines.size() || !this.lines.get(this.index).equalsIgnoreCase("INHOUDSOPGAVE")) {
				return;
			}
			this.index++;
			while (this.index < this.lines.size()) {
				String line = this.lines.get(this.index);
				Matcher entry = TOC_ENTRY.matcher(line);
				if (!line.isEmpty() && !entry.matches()) {
					return;
				}
				if (entry.matches()) {
					this.tocTitles.add(entry.group(1).strip());
				}
				this.index++;
			}
		}

		private void readBody() throws UnparseableProtocol {
			boolean inIntroduction = false;
			for (; this.index < this.lines.size(); this.index++) {
				String line = this.lines.get(this.index);
				int lineNumber = this.index + 1;
				if (line.isEmpty()) {
					continue;
				}
				if (this.chapter == 0 && line.equalsIgnoreCase("INLEIDING")) {
					inIntroduction = true;
					continue;
				}
				Matcher section = SECTION.matcher(line);
				if (section.matches() && isHeading(section.group(3))) {
					startSection(lineNumber, Integer.parseInt(section.group(1)), Integer.parseInt(section.group(2)),
							section.group(3));
					continue;
				}
				Matcher chapter = CHAPTER.matcher(line);
				if (chapter.matches() && isHeading(chapter.group(2))) {
					startChapter(lineNumber, Integer.parseInt(chapter.group(1)), chapter.group(2));
					inIntroduction = false;
					continue;
				}
				if (inIntroduction) {
					this.introduction.append(line).append("\n\n");
					continue;
				}
				Matcher article = ARTICLE.matcher(line);
				if (article.matches()) {
					startArticle(lineNumber, Integer.parseInt(article.group(1)), article.group(2));
					continue;
				}
				if (this.currentText != null && this.closing == null
						&& (LIST_ITEM.matcher(line).matches() || Character.isLowerCase(line.charAt(0)))) {
					this.currentText.append('\n').append(line);
					continue;
				}
				if (this.chapter == 0) {
					throw new UnparseableProtocol("protocol.parse.looseText", lineNumber, abbreviate(line));
				}
				// a closing statement after the last article, such as when and by whom it
				// was adopted
				if (this.closing == null) {
					this.closing = new StringBuilder();
					this.closingLine = lineNumber;
				}
				this.closing.append(line).append("\n\n");
			}
		}

		private void startChapter(int lineNumber, int number, String title) throws UnparseableProtocol {
			checkNoClosingYet();
			if (number != this.chapter + 1) {
				throw new UnparseableProtocol("protocol.parse.chapterOutOfOrder", lineNumber, number, this.chapter + 1);
			}
			finishArticle();
			this.chapter = number;
			this.section = 0;
			this.article = 0;
			this.chapterHasSections = false;
			this.currentPart = String.valueOf(number);
			this.parts.add(new Part(this.currentPart, title));
		}

		private void startSection(int lineNumber, int chapterNumber, int number, String title)
				throws UnparseableProtocol {
			checkNoClosingYet();
			if (chapterNumber != this.chapter || number != this.section + 1) {
				throw new UnparseableProtocol("protocol.parse.sectionOutOfOrder", lineNumber,
						chapterNumber + "." + number, this.chapter + "." + (this.section + 1));
			}
			if (this.article > 0 && !this.chapterHasSections) {
				throw new UnparseableProtocol("protocol.parse.sectionAfterArticles", lineNumber,
						chapterNumber + "." + number);
			}
			finishArticle();
			this.section = number;
			this.article = 0;
			this.chapterHasSections = true;
			this.currentPart = this.chapter + "." + number;
			this.parts.add(new Part(this.currentPart, title));
		}

		private void startArticle(int lineNumber, int number, String text) throws UnparseableProtocol {
			checkNoClosingYet();
			if (this.currentPart == null) {
				throw new UnparseableProtocol("protocol.parse.articleOutsideChapter", lineNumber, abbreviate(text));
			}
			if (number != this.article + 1) {
				throw new UnparseableProtocol("protocol.parse.articleOutOfOrder", lineNumber,
						this.currentPart + "." + number, this.currentPart + "." + (this.article + 1));
			}
			finishArticle();
			this.article = number;
			this.currentText = new StringBuilder(text);
		}

		private void finishArticle() {
			if (this.currentText != null && this.currentPart != null) {
				this.articles.add(new Article(this.currentPart + "." + this.article, this.currentPart,
						this.currentText.toString()));
			}
			this.currentText = null;
		}

		/**
		 * Text that is no article may close the protocol, but nothing numbered may follow
		 * it.
		 */
		private void checkNoClosingYet() throws UnparseableProtocol {
			if (this.closing != null) {
				throw new UnparseableProtocol("protocol.parse.looseText", this.closingLine,
						abbreviate(this.closing.toString().strip()));
			}
		}

		private static boolean isChapterHeading(String line) {
			Matcher chapter = CHAPTER.matcher(line);
			return chapter.matches() && isHeading(chapter.group(2));
		}

		private static String normalized(String text) {
			return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		}

		private static String abbreviate(String text) {
			return text.length() <= 80 ? text : text.substring(0, 77) + "...";
		}

	}

}
