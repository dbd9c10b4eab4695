package nl.mediaprotocol.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second step of a password sign-in: enrol an authenticator app the first time, enter
 * its code (or a recovery code) every time after.
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

	/**
	 * The secret offered for enrolment, kept in the session until its code is entered.
	 */
	static final String OFFERED_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	private final SecondFactorStep step;

	SecondFactorController(SecondFactors secondFactors, SecondFactorStep step) {
		this.secondFactors = secondFactors;
		this.step = step;
	}

	record CodeForm(String code) {

		CodeForm {
			code = code == null ? "" : code;
		}

	}

	@GetMapping
	String show(Authentication authentication, HttpSession session, Model model) {
		if (!this.step.isPending(authentication)) {
			return "redirect:/";
		}
		if (this.secondFactors.isEnrolled(authentication.getName())) {
			return "account/second-factor";
		}
		return enrolment(authentication, session, model);
	}

	@PostMapping
	String enterCode(Authentication authentication, CodeForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.step.isPending(authentication)) {
			return "redirect:/";
		}
		switch (this.secondFactors.verify(authentication.getName(), form.code())) {
			case ACCEPTED -> {
				this.step.complete(authentication, request, response);
				return "redirect:/";
			}
			case LOCKED -> model.addAttribute("error", "secondFactor.locked");
			case REJECTED -> model.addAttribute("error", "secondFactor.wrong");
		}
		return "account/second-factor";
	}

	@PostMapping("/enrolment")
	String enrol(Authentication authentication, CodeForm form, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (!this.step.isPending(authentication) || !(session.getAttribute(OFFERED_SECRET) instanceof String secret)) {
			return "redirect:/login/second-factor";
		}
		Optional<List<String>> recoveryCodes = this.secondFactors.confirmEnrolment(authentication.getName(), secret,
				form.code());
		if (recoveryCodes.isEmpty()) {
			model.addAttribute("error", "secondFactor.enrolment.wrong");
			return enrolment(authentication, session, model);
		}
		session.removeAttribute(OFFERED_SECRET);
		this.step.complete(authentication, request, response);
		model.addAttribute("recoveryCodes", recoveryCodes.get());
		return "account/recovery-codes";
	}

	private String enrolment(Authentication authentication, HttpSession session, Model model) {
		String secret = session.getAttribute(OFFERED_SECRET) instanceof String offered ? offered
				: this.secondFactors.newSecret();
		session.setAttribute(OFFERED_SECRET, secret);
		// in groups of four, as people read and type it
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("qrCode", this.secondFactors.qrCode(authentication.getName(), secret));
		return "account/second-factor-enrolment";
	}

}
