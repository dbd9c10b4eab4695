package nl.mediaprotocol.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: who they are in the directory and which roles they hold where.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final String username;

	private @Nullable String passwordHash;

	private final String displayName;

	private final @Nullable String personRef;

	private final Set<RoleGrant> grants;

	private final boolean enabled;

	CurrentUser(String username, String passwordHash, String displayName, @Nullable String personRef,
			Set<RoleGrant> grants, boolean enabled) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.personRef = personRef;
		this.grants = Set.copyOf(grants);
		this.enabled = enabled;
	}

	/** A user for tests and for other modules' checks; it carries no password. */
	public static CurrentUser of(String username, @Nullable String personRef, RoleGrant... grants) {
		return new CurrentUser(username, "", username, personRef, Set.of(grants), true);
	}

	public String displayName() {
		return this.displayName;
	}

	/**
	 * The ref of this account's person in the directory (staff or student number), if
	 * any.
	 */
	public @Nullable String personRef() {
		return this.personRef;
	}

	public Set<RoleGrant> grants() {
		return this.grants;
	}

	public boolean has(Role role) {
		return this.grants.stream().anyMatch(grant -> grant.role() == role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.grants.stream()
			.map(grant -> grant.role().authority())
			.distinct()
			.map(SimpleGrantedAuthority::new)
			.toList();
	}

	public List<Role> roles() {
		return this.grants.stream().map(RoleGrant::role).distinct().sorted().toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
