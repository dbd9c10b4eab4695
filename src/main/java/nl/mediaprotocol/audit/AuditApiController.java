package nl.mediaprotocol.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('FG', 'BEHEERDER')")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Walks the whole chain: {@code {"valid": true, "entries": N}}, or the first broken
	 * entry with {@code brokenAt} and {@code problem}.
	 */
	@GetMapping("/verify")
	ChainVerification verify() {
		return this.trail.verify();
	}

}
