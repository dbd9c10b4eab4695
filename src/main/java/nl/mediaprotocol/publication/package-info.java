/**
 * Publication review (3.2.5): posts for the board's own accounts and employees' own posts
 * about the board go from draft through automatic checks (screening, consent of every
 * tagged person, photo metadata and faces) and a second person's review to publication
 * per channel; a consent withdrawal turns every published post showing the person into a
 * takedown task (3.1.6).
 */
@NullMarked
package nl.mediaprotocol.publication;

import org.jspecify.annotations.NullMarked;
