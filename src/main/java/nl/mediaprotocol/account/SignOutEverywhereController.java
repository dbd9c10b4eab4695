package nl.mediaprotocol.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignOutEverywhereController {

	private final AccountRegistry accounts;

	SignOutEverywhereController(AccountRegistry accounts) {
		this.accounts = accounts;
	}

	/** Ends every session of this account, on every device, this one included. */
	@PostMapping("/account/sign-out-everywhere")
	String signOutEverywhere(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		this.accounts.signOutEverywhere(authentication.getName());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?signedOutEverywhere";
	}

}
