package nl.mediaprotocol.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(Usernames.normalize(username))
			.map(Account::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
