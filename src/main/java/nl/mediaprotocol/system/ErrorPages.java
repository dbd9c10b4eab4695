package nl.mediaprotocol.system;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that no handler caught ends here: a plain page for people, an RFC 9457
 * problem for the API. Neither ever shows an exception or a stack trace.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = statusOf(request);
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE -> "error.badRequest";
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "error.tooLarge";
			default -> "error.unexpected";
		});
		return "error";
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			problem.setInstance(URI.create(uri.replaceAll("[^\\w/.-]", "")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
