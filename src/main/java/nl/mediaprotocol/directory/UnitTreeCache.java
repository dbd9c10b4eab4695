package nl.mediaprotocol.directory;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units as a tree, kept in memory until the directory changes. Reading every unit for
 * every reach check cost more than the rest of a page on a big board (8,001 units, read
 * 51 times for one group overview). Several instances share one database, so an instance
 * cannot rely on hearing of a change another made: each use reads the directory's version
 * (one row, {@code directory_version}, raised in the transaction of every import) and
 * reads the units again only when it moved. Another instance's change is therefore seen
 * from the first request after its commit, never later.
 */
@Component
class UnitTreeCache {

	private final Units units;

	private final JdbcClient jdbc;

	private volatile @Nullable Versioned current;

	UnitTreeCache(Units units, JdbcClient jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	private record Versioned(long version, UnitTree tree) {
	}

	/** The tree as the directory holds it now. */
	UnitTree tree() {
		// the version first: a change committed between the two reads makes the tree
		// newer than its version, which only costs one more read next time, never a
		// stale tree
		long version = version();
		Versioned cached = this.current;
		if (cached != null && cached.version() == version) {
			return cached.tree();
		}
		UnitTree tree = new UnitTree(this.units.findAll());
		this.current = new Versioned(version, tree);
		return tree;
	}

	/** Marks the directory as changed, in the caller's transaction. */
	void changed() {
		this.jdbc.sql("update directory_version set version = version + 1 where id = 1").update();
	}

	long version() {
		return this.jdbc.sql("select version from directory_version where id = 1").query(Long.class).single();
	}

}
