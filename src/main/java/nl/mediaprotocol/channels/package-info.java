/**
 * Channel agreements (1.6, 3.3.1): contact with parents goes through the parent portal; a
 * teacher who wants another channel for a group asks the school, and after approval the
 * teacher, the guardians and the students old enough each confirm the agreement. It holds
 * only while all of them agree, until one ends it or its end date passes.
 */
@NullMarked
package nl.mediaprotocol.channels;

import org.jspecify.annotations.NullMarked;
