package nl.mediaprotocol.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final List<SchoolAccountProvider> schoolAccountProviders = new ArrayList<>();

	LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> configured) {
			configured.forEach(registration -> {
				if (registration instanceof ClientRegistration client) {
					this.schoolAccountProviders
						.add(new SchoolAccountProvider(client.getRegistrationId(), client.getClientName()));
				}
			});
		}
	}

	/** A school's sign-in configured for this board, shown as a button. */
	record SchoolAccountProvider(String id, String name) {
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("schoolAccountProviders", this.schoolAccountProviders);
		return user == null ? "account/login" : "redirect:/";
	}

}
