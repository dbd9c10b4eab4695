/**
 * Care signals of article 1.8: staff who see signs of social-media addiction in a student
 * call on the school's regular care structure. A signal goes to the care coordinators of
 * the student's unit, who hold a conversation, refer and close it; it is care, never a
 * sanction, and neither the student nor their guardians see it in the application.
 */
@NullMarked
package nl.mediaprotocol.care;

import org.jspecify.annotations.NullMarked;
