/**
 * The consent register of article 3.1.6: explicit, written and revocable consent for
 * photo, film and audio, per purpose. Guardians decide for a student under 16, the
 * student from 16, everyone else for themselves. A withdrawal is published as
 * {@link nl.mediaprotocol.consent.ConsentWithdrawn}.
 */
@NullMarked
package nl.mediaprotocol.consent;

import org.jspecify.annotations.NullMarked;
