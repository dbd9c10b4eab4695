/**
 * The reporting point (meldpunt) of articles 3.1.9 and 3.1.10: anyone reports
 * transgressive online communication, anonymously too, to the teamleider, the directeur
 * or the board; the recipients acknowledge, ask, classify and close within due times, or
 * the report escalates to the next level.
 */
@NullMarked
package nl.mediaprotocol.reporting;

import org.jspecify.annotations.NullMarked;
