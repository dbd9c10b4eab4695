package nl.mediaprotocol.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with an import file, or with one line of it (line 0 is the file as a
 * whole), as a message code and its arguments, so that each user reads it in their own
 * language.
 */
public record ImportProblem(int line, @Nullable String column, String code, List<Object> args) {

	static ImportProblem ofFile(String code, Object... args) {
		return new ImportProblem(0, null, code, List.of(args));
	}

	static ImportProblem of(int line, String column, String code, Object... args) {
		return new ImportProblem(line, column, code, List.of(args));
	}

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
