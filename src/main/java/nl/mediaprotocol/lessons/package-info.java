/**
 * Recording in lessons (3.1.2): a teacher of the group or a member of management gives
 * permission in advance to record or be on social media during a lesson, for one purpose
 * and the media the consent register (3.1.6) knows; the students of the group without
 * consent for it are listed for the staff, so that they are kept out of view.
 */
@NullMarked
package nl.mediaprotocol.lessons;

import org.jspecify.annotations.NullMarked;
