/**
 * Case handling along the sanction ladders of chapter 4: the ladders are board
 * configuration, and a ladder decides which steps are open next from the case so far and
 * the subject's earlier cases. A case keeps a timeline that is never edited, the tasks
 * the protocol and the law set (the inspector call of 4.2, the statutory path on a
 * possible sexual offence, the police report of 4.5), and is seen only by its handler,
 * their manager and, for employees, the bestuurder.
 */
@NullMarked
package nl.mediaprotocol.cases;

import org.jspecify.annotations.NullMarked;
