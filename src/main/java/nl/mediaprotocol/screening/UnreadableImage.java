package nl.mediaprotocol.screening;

/**
 * A file that cannot be opened safely as an image: not an image, broken, or so large that
 * decoding it could exhaust the memory.
 */
public class UnreadableImage extends RuntimeException {

	private final Problem problem;

	UnreadableImage(Problem problem, String detail) {
		super(detail);
		this.problem = problem;
	}

	public Problem problem() {
		return this.problem;
	}

	/** Why the file cannot be read. */
	public enum Problem {

		NOT_AN_IMAGE, BROKEN, TRUNCATED, TOO_LARGE

	}

}
