/**
 * The audit trail: an append-only, hash-chained record of every state change and every
 * read of a sensitive record. Modules publish
 * {@link nl.mediaprotocol.audit.AuditableEvent}s; this module records them. No module
 * writes audit rows by hand.
 */
@NullMarked
package nl.mediaprotocol.audit;

import org.jspecify.annotations.NullMarked;
