package nl.mediaprotocol.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A form sent without its files, or with files too large, is the sender's mistake: the
 * error page says so (400, 413) instead of a server error.
 */
@ControllerAdvice
class BadRequests {

	@ExceptionHandler(MultipartException.class)
	void multipart(MultipartException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE.value()
				: HttpStatus.BAD_REQUEST.value());
	}

}
