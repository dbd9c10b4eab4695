package nl.mediaprotocol.directory;

import java.util.List;

/**
 * What an import did: nothing, with the problems that stopped it; or every line, counted
 * by outcome.
 */
public record ImportReport(ImportKind kind, int lines, List<ImportProblem> problems, int created, int updated,
		int unchanged) {

	static ImportReport rejected(ImportKind kind, int lines, List<ImportProblem> problems) {
		return new ImportReport(kind, lines, List.copyOf(problems), 0, 0, 0);
	}

	public boolean applied() {
		return this.problems.isEmpty();
	}

}
