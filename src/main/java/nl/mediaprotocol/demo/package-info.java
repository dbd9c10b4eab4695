/**
 * Demo mode: an SSOE directory with students, guardians and staff, and one account per
 * role.
 */
@NullMarked
package nl.mediaprotocol.demo;

import org.jspecify.annotations.NullMarked;
