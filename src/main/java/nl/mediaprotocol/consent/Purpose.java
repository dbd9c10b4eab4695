package nl.mediaprotocol.consent;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A purpose for which images or sound of people may be used: the school guide, the
 * website, one social media platform. The board's data, with its text in versions.
 */
public record Purpose(String code, String nameNl, String nameEn, int position, boolean active,
		List<PurposeText> texts) {

	/** A version of the purpose's text, as the consent form shows it. */
	public record PurposeText(int version, String text, Instant effectiveFrom) {
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameNl;
	}

	/** The text in force now: the newest version. */
	public PurposeText currentText() {
		return this.texts.getLast();
	}

	/** The version in force at a moment, or 0 when the purpose had no text yet. */
	int versionAt(Instant at) {
		int version = 0;
		for (PurposeText text : this.texts) {
			if (!text.effectiveFrom().isAfter(at)) {
				version = text.version();
			}
		}
		return version;
	}

}
