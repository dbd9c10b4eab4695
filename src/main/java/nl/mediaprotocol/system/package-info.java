/**
 * What every page shares: the layout, the home page per role, languages, error pages and
 * the clock; and what every module shares underneath: e-mail, the file store for uploaded
 * files, the embedded database's backups.
 */
@NullMarked
package nl.mediaprotocol.system;

import org.jspecify.annotations.NullMarked;
