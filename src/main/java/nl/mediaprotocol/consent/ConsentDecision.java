package nl.mediaprotocol.consent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this person appear, for this purpose, in this medium?", with who
 * decided, why, and since when.
 */
public record ConsentDecision(String ref, String purpose, Medium medium, boolean allowed, Decider decidedBy,
		ConsentReason reason, @Nullable Instant since) {

}
