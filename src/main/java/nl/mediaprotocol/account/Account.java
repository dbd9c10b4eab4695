package nl.mediaprotocol.account;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("accounts")
class Account {

	private @Id @Nullable Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private @Nullable String personRef;

	private boolean enabled;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles;

	Account(@Nullable Long id, String username, String passwordHash, String displayName, @Nullable String personRef,
			boolean enabled, Set<AccountRole> roles) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.personRef = personRef;
		this.enabled = enabled;
		this.roles = new HashSet<>(roles);
	}

	static Account create(String username, String passwordHash, String displayName, @Nullable String personRef,
			Set<RoleGrant> grants) {
		Set<AccountRole> roles = new HashSet<>();
		grants.forEach(grant -> roles.add(new AccountRole(grant.role(), grant.unitCode())));
		return new Account(null, Usernames.normalize(username), passwordHash, displayName, personRef, true, roles);
	}

	CurrentUser toCurrentUser() {
		Set<RoleGrant> grants = new HashSet<>();
		this.roles.forEach(role -> grants.add(new RoleGrant(role.role(), role.unitCode())));
		return new CurrentUser(this.username, this.passwordHash, this.displayName, this.personRef, grants,
				this.enabled);
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	@Nullable String personRef() {
		return this.personRef;
	}

	String username() {
		return this.username;
	}

	@Table("account_roles")
	record AccountRole(Role role, @Nullable String unitCode) {
	}

}
