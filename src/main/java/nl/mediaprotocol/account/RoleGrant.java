package nl.mediaprotocol.account;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * A role held by an account, for one unit (by its code) or, without a unit, board-wide.
 */
public record RoleGrant(Role role, @Nullable String unitCode) implements Serializable {

	public static RoleGrant boardWide(Role role) {
		return new RoleGrant(role, null);
	}

	public static RoleGrant forUnit(Role role, String unitCode) {
		return new RoleGrant(role, unitCode);
	}

	public boolean isBoardWide() {
		return this.unitCode == null;
	}

}
