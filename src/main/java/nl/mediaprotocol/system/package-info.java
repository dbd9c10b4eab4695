/**
 * What every page shares: the layout, the home page per role, languages, error pages and
 * the clock.
 */
@NullMarked
package nl.mediaprotocol.system;

import org.jspecify.annotations.NullMarked;
