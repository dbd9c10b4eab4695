package nl.mediaprotocol.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every ref in the directory with its kind, read in one query, for checking a whole
 * import file.
 */
final class PeopleIndex {

	private final Map<String, Entry> byRef = new HashMap<>();

	record Entry(Long id, PersonKind kind) {
	}

	PeopleIndex(JdbcClient jdbc) {
		jdbc.sql("select id, ref, kind from people")
			.query((rs, row) -> Map.entry(rs.getString("ref"),
					new Entry(rs.getLong("id"), PersonKind.valueOf(rs.getString("kind")))))
			.list()
			.forEach(entry -> this.byRef.put(entry.getKey(), entry.getValue()));
	}

	Optional<Entry> find(String ref) {
		return Optional.ofNullable(this.byRef.get(ref));
	}

	/**
	 * Checks that a ref in a file of one kind is not the ref of another kind of person.
	 */
	void checkKind(ImportLine line, String column, String ref, PersonKind expected) {
		find(ref).filter(entry -> entry.kind() != expected)
			.ifPresent(entry -> line.problem(column, "import.line.refOfOtherKind", ref,
					new DefaultMessageSourceResolvable("person.kind." + entry.kind().name())));
	}

}
