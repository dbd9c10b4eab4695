package nl.mediaprotocol.protocol;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A protocol text as the parser understood it.
 */
record ParsedProtocol(String title, List<Adoption> adoptions, String introduction, List<Part> parts,
		List<Article> articles, String closing) {

	/** "Vastgesteld" by a body on a date, e.g. the GMR on 12 June 2024. */
	record Adoption(String body, LocalDate adoptedOn, @Nullable String note) {
	}

	/** A chapter ({@code 3}) or a section of one ({@code 3.1}). */
	record Part(String number, String title) {

		boolean isChapter() {
			return !this.number.contains(".");
		}

	}

	/** A numbered article: {@code 1.6}, {@code 3.1.6}. */
	record Article(String number, String partNumber, String text) {
	}

}
