/**
 * Privacy by design (3.1.1, the privacy policy leads): retention periods per kind of
 * record with a nightly purge that one instance runs at a time, the request of access
 * that gives a person everything the system holds about them, and the register of
 * processing activities, generated from the modules' own declarations.
 */
@NullMarked
package nl.mediaprotocol.privacy;

import org.jspecify.annotations.NullMarked;
