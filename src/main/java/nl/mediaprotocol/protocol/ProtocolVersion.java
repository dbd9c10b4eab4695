package nl.mediaprotocol.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One adopted version of a protocol, with its adoption records and its articles.
 */
@Table("protocol_versions")
class ProtocolVersion {

	private @Id @Nullable Long id;

	private int number;

	private String title;

	private String introduction;

	private String closing;

	private String originalText;

	private LocalDate effectiveFrom;

	private Instant addedAt;

	private String addedBy;

	@MappedCollection(idColumn = "version_id", keyColumn = "position")
	private List<AdoptionRecord> adoptions;

	@MappedCollection(idColumn = "version_id", keyColumn = "position")
	private List<ProtocolPart> parts;

	@MappedCollection(idColumn = "version_id", keyColumn = "position")
	private List<ProtocolArticle> articles;

	@MappedCollection(idColumn = "version_id")
	private Set<PlainText> plainTexts;

	ProtocolVersion(@Nullable Long id, int number, String title, String introduction, String closing,
			String originalText, LocalDate effectiveFrom, Instant addedAt, String addedBy,
			List<AdoptionRecord> adoptions, List<ProtocolPart> parts, List<ProtocolArticle> articles,
			Set<PlainText> plainTexts) {
		this.id = id;
		this.number = number;
		this.title = title;
		this.introduction = introduction;
		this.closing = closing;
		this.originalText = originalText;
		this.effectiveFrom = effectiveFrom;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
		this.adoptions = new ArrayList<>(adoptions);
		this.parts = new ArrayList<>(parts);
		this.articles = new ArrayList<>(articles);
		this.plainTexts = new HashSet<>(plainTexts);
	}

	static ProtocolVersion of(int number, ParsedProtocol parsed, List<AdoptionRecord> adoptions, String originalText,
			LocalDate effectiveFrom, Instant addedAt, String addedBy) {
		return new ProtocolVersion(null, number, parsed.title(), parsed.introduction(), parsed.closing(), originalText,
				effectiveFrom, addedAt, addedBy, adoptions,
				parsed.parts().stream().map(part -> new ProtocolPart(part.number(), part.title())).toList(),
				parsed.articles()
					.stream()
					.map(article -> new ProtocolArticle(article.number(), article.partNumber(), article.text()))
					.toList(),
				Set.of());
	}

	/**
	 * Plain-language texts for guardians and students, for articles of this version only.
	 */
	void explainInPlainLanguage(String articleNumber, String text) {
		if (article(articleNumber).isEmpty()) {
			throw new IllegalArgumentException("Version " + this.number + " has no article " + articleNumber);
		}
		this.plainTexts.removeIf(plain -> plain.articleNumber().equals(articleNumber));
		this.plainTexts.add(new PlainText(articleNumber, text));
	}

	Optional<ProtocolArticle> article(String articleNumber) {
		return this.articles.stream().filter(article -> article.number().equals(articleNumber)).findFirst();
	}

	public List<ProtocolArticle> articlesOf(ProtocolPart part) {
		return this.articles.stream().filter(article -> article.partNumber().equals(part.number())).toList();
	}

	/**
	 * The articles that concern guardians and students, each with its plain-language
	 * text.
	 */
	public List<PlainArticle> plainArticles() {
		return this.plainTexts.stream()
			.flatMap(plain -> article(plain.articleNumber()).map(article -> new PlainArticle(article, plain.text()))
				.stream())
			.sorted(Comparator.comparingInt(plain -> this.articles.indexOf(plain.article())))
			.toList();
	}

	Optional<String> plainTextOf(String articleNumber) {
		return this.plainTexts.stream()
			.filter(plain -> plain.articleNumber().equals(articleNumber))
			.map(PlainText::text)
			.findFirst();
	}

	boolean inForceOn(LocalDate day) {
		return !this.effectiveFrom.isAfter(day);
	}

	public Long id() {
		return Objects.requireNonNull(this.id);
	}

	public int number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public String introduction() {
		return this.introduction;
	}

	public String closing() {
		return this.closing;
	}

	String originalText() {
		return this.originalText;
	}

	public LocalDate effectiveFrom() {
		return this.effectiveFrom;
	}

	public Instant addedAt() {
		return this.addedAt;
	}

	public String addedBy() {
		return this.addedBy;
	}

	public List<AdoptionRecord> adoptions() {
		return List.copyOf(this.adoptions);
	}

	public List<ProtocolPart> parts() {
		return List.copyOf(this.parts);
	}

	public List<ProtocolArticle> articles() {
		return List.copyOf(this.articles);
	}

	/** "Vastgesteld": a body (Directeurenberaad, GMR) adopted this version on a date. */
	@Table("protocol_adoptions")
	record AdoptionRecord(String body, LocalDate adoptedOn, @Nullable String note) {
	}

	/** A chapter ({@code 3}) or one of its sections ({@code 3.1}). */
	@Table("protocol_parts")
	record ProtocolPart(String number, String title) {

		public boolean isChapter() {
			return !this.number.contains(".");
		}

	}

	@Table("protocol_articles")
	record ProtocolArticle(String number, String partNumber, String text) {

		/** The anchor on the protocol page: {@code art-3.1.6}. */
		public String anchor() {
			return "art-" + this.number;
		}

		public List<String> paragraphs() {
			return this.text.lines().filter(line -> !line.isBlank()).toList();
		}

	}

	@Table("protocol_plain_texts")
	record PlainText(String articleNumber, String text) {
	}

	record PlainArticle(ProtocolArticle article, String plainText) {
	}

}
