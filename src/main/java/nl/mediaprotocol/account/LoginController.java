package nl.mediaprotocol.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? "account/login" : "redirect:/";
	}

}
