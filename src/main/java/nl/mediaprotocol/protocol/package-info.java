/**
 * The protocol itself: its versions with their adoption records, chapters and numbered
 * articles, citations of articles by other modules, and every employee's acknowledgement
 * of each version.
 */
@NullMarked
package nl.mediaprotocol.protocol;

import org.jspecify.annotations.NullMarked;
