/**
 * Screening: finds personal data, harmful content and missing disclosures in a post or a
 * photo before it is published (articles 1.3, 3.1.3, 3.1.9, 3.2.3 and 3.3.2 to 3.3.5).
 * The engine is plain Java; the Spring service feeds it a snapshot of the directory.
 */
@NullMarked
package nl.mediaprotocol.screening;

import org.jspecify.annotations.NullMarked;
