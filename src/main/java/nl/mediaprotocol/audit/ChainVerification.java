package nl.mediaprotocol.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the audit chain: valid with its number of entries, or the first
 * entry that breaks it and why.
 *
 * @param valid whether every entry is intact and in place
 * @param entries the number of intact entries before the first broken one (all of them
 * when valid)
 * @param brokenAt the sequence number of the first broken or missing entry
 * @param problem what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, @Nullable Long brokenAt, @Nullable Problem problem) {

	public enum Problem {

		/** The entry's fields no longer match its hash: it was changed. */
		ENTRY_CHANGED,
		/** The entry does not link to the hash of the entry before it. */
		LINK_BROKEN,
		/** An entry is missing: deleted, or entries at the end were removed. */
		MISSING_ENTRY

	}

	static ChainVerification valid(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	static ChainVerification brokenAt(long intactEntries, long sequence, Problem problem) {
		return new ChainVerification(false, intactEntries, sequence, problem);
	}

}
