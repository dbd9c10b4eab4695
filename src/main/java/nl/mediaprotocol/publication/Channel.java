package nl.mediaprotocol.publication;

import org.jspecify.annotations.Nullable;

/**
 * One of the board's own accounts or outlets (1.1): a platform, its name, the unit it
 * speaks for, and the consent purpose that governs who may appear on it.
 */
record Channel(String code, String platform, String name, @Nullable String unitCode, String consentPurpose,
		boolean active) {
}
