package nl.mediaprotocol.directory;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation unit: the board, the school and its locations, or a service such as the
 * Autisme Steunpunt (article 2.2).
 */
@Table("units")
class Unit {

	private @Id @Nullable Long id;

	private String code;

	private String name;

	private UnitKind kind;

	private @Nullable Long parentId;

	Unit(@Nullable Long id, String code, String name, UnitKind kind, @Nullable Long parentId) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
	}

	/** Applies imported values; answers whether anything changed. */
	boolean update(String name, UnitKind kind, @Nullable Long parentId) {
		boolean changed = !this.name.equals(name) || this.kind != kind || !Objects.equals(this.parentId, parentId);
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		return changed;
	}

	Long id() {
		return Objects.requireNonNull(this.id, "unit not saved yet");
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	UnitKind kind() {
		return this.kind;
	}

	@Nullable Long parentId() {
		return this.parentId;
	}

}
