package nl.mediaprotocol.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.mediaprotocol.protocol.ProtocolVersion.AdoptionRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protocol's versions: which one is in force, what its articles say, and adding a new
 * one.
 */
@Service
@Transactional(readOnly = true)
public class Protocol {

	private final ProtocolVersions versions;

	private final CitedArticles cited;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Protocol(ProtocolVersions versions, CitedArticles cited, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.cited = cited;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Cites an article of the version in force, e.g. to show it beside a rule that
	 * carries it out.
	 */
	public Citation cite(String number) {
		ProtocolVersion version = inForce().orElseThrow(() -> new UnknownArticle(number, 0));
		return version.article(number)
			.map(article -> new Citation(number, article.text(), "/protocol#" + article.anchor()))
			.orElseThrow(() -> new UnknownArticle(number, version.number()));
	}

	/** The number of the version in force, if the board has one yet. */
	public Optional<Integer> versionInForce() {
		return inForce().map(ProtocolVersion::number);
	}

	Optional<ProtocolVersion> inForce() {
		LocalDate today = LocalDate.now(this.clock);
		return this.versions.findAllByOrderByNumberDesc()
			.stream()
			.filter(version -> version.inForceOn(today))
			.findFirst();
	}

	Optional<ProtocolVersion> version(int number) {
		return this.versions.findByNumber(number);
	}

	List<ProtocolVersion> all() {
		return this.versions.findAllByOrderByNumberDesc();
	}

	boolean isEmpty() {
		return this.versions.count() == 0;
	}

	/**
	 * Parses and adds a new version. Articles whose text did not change keep their
	 * plain-language text. Refused when the text cannot be parsed, or lacks an article
	 * the application cites.
	 */
	@Transactional
	ProtocolVersion add(String text, List<AdoptionRecord> adoptions, LocalDate effectiveFrom, String addedBy,
			Map<String, String> plainTexts) throws UnparseableProtocol {
		ParsedProtocol parsed = ProtocolParser.parse(text);
		List<AdoptionRecord> records = adoptions.isEmpty() ? parsed.adoptions()
			.stream()
			.map(adoption -> new AdoptionRecord(adoption.body(), adoption.adoptedOn(), adoption.note()))
			.toList() : adoptions;
		if (records.isEmpty()) {
			throw new UnparseableProtocol("protocol.parse.noAdoption");
		}
		Set<String> numbers = parsed.articles()
			.stream()
			.map(ParsedProtocol.Article::number)
			.collect(java.util.stream.Collectors.toSet());
		for (String number : this.cited.numbers()) {
			if (!numbers.contains(number)) {
				throw new UnparseableProtocol("protocol.parse.citedArticleMissing", number);
			}
		}
		ProtocolVersion previous = this.versions.findAllByOrderByNumberDesc().stream().findFirst().orElse(null);
		ProtocolVersion version = ProtocolVersion.of(this.versions.highestNumber() + 1, parsed, records, text,
				effectiveFrom, this.clock.instant(), addedBy);
		if (previous != null) {
			for (ProtocolVersion.ProtocolArticle article : version.articles()) {
				previous.article(article.number())
					.filter(old -> old.text().equals(article.text()))
					.flatMap(old -> previous.plainTextOf(old.number()))
					.ifPresent(plain -> version.explainInPlainLanguage(article.number(), plain));
			}
		}
		plainTexts.forEach(version::explainInPlainLanguage);
		ProtocolVersion saved = this.versions.save(version);
		this.events
			.publishEvent(new ProtocolVersionAdded(saved.number(), saved.effectiveFrom(), saved.articles().size()));
		return saved;
	}

}
