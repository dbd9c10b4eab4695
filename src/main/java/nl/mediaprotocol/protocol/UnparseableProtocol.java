package nl.mediaprotocol.protocol;

import java.util.List;

/**
 * A protocol text the parser cannot follow, with the reason as a message code and its
 * arguments (the first is the line number where it went wrong, when there is one).
 */
public class UnparseableProtocol extends Exception {

	private final String code;

	private final List<Object> args;

	UnparseableProtocol(String code, Object... args) {
		super(code + " " + List.of(args));
		this.code = code;
		this.args = List.of(args);
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.toArray();
	}

}
