package nl.mediaprotocol.directory;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group (class) of students in a unit for one school year.
 */
@Table("class_groups")
class ClassGroup {

	private @Id @Nullable Long id;

	private String code;

	private String name;

	private String schoolYear;

	private Long unitId;

	ClassGroup(@Nullable Long id, String code, String name, String schoolYear, Long unitId) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.schoolYear = schoolYear;
		this.unitId = unitId;
	}

	boolean update(String name, Long unitId) {
		boolean changed = !this.name.equals(name) || !this.unitId.equals(unitId);
		this.name = name;
		this.unitId = unitId;
		return changed;
	}

	Long id() {
		return Objects.requireNonNull(this.id, "group not saved yet");
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	SchoolYear schoolYear() {
		return SchoolYear.parse(this.schoolYear).orElseThrow();
	}

	Long unitId() {
		return this.unitId;
	}

}
