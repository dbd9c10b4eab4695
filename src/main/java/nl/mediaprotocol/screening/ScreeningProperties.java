package nl.mediaprotocol.screening;

import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * What a board sets for screening.
 *
 * @param studentNumber the board's student numbers, as a regular expression
 * @param lexicon the harmful words and phrases
 * @param organisation the board's own phone numbers, mailboxes, bank accounts, profiles
 * and addresses, which screening leaves alone
 * @param maxMegapixels larger photos are refused before they are decoded
 * @param faces whether photos are searched for faces (needs OpenCV's natives)
 */
@Validated
@ConfigurationProperties("mediaprotocol.screening")
record ScreeningProperties(@DefaultValue("L-\\d{4,6}") @NotBlank String studentNumber,
		@DefaultValue("classpath:screening/lexicon-nl.txt") Resource lexicon,
		@DefaultValue("classpath:screening/organisation-ssoe.txt") Resource organisation,
		@DefaultValue("50") @Positive int maxMegapixels, @DefaultValue("true") boolean faces) {

	ScreeningProperties {
		// a wrong pattern stops the start, not the first post
		Pattern.compile(studentNumber);
	}

	Pattern studentNumberPattern() {
		return Pattern.compile("(?<![\\p{L}\\d-])(?:" + this.studentNumber + ")(?![\\p{L}\\d])");
	}

}
