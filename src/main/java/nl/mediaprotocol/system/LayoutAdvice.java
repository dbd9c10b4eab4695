package nl.mediaprotocol.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout shows on every page into the model.
 */
@ControllerAdvice
class LayoutAdvice {

	private final BoardProperties board;

	LayoutAdvice(BoardProperties board) {
		this.board = board;
	}

	@ModelAttribute("board")
	BoardProperties board() {
		return this.board;
	}

}
