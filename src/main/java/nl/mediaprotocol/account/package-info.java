/**
 * Accounts, roles and sign-in. Roles are granted board-wide or for one unit.
 */
@NullMarked
package nl.mediaprotocol.account;

import org.jspecify.annotations.NullMarked;
