/**
 * The directory: units, groups, employees, students and guardians (articles 2.1 and 2.2).
 */
@NullMarked
package nl.mediaprotocol.directory;

import org.jspecify.annotations.NullMarked;
