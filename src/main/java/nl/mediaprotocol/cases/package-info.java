/**
 * Case handling along the sanction ladders of chapter 4: the ladders are board
 * configuration, and a ladder decides which steps are open next from the case so far and
 * the subject's earlier cases.
 */
@NullMarked
package nl.mediaprotocol.cases;

import org.jspecify.annotations.NullMarked;
