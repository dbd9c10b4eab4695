/**
 * Monitoring requests (3.1.11): ICT monitors internet use from the school more closely
 * only on a manager's request, on a concrete suspicion, for a limited period, after a
 * positive advice of the FG; its findings go only to the requesting manager and the FG.
 */
@NullMarked
package nl.mediaprotocol.monitoring;

import org.jspecify.annotations.NullMarked;
