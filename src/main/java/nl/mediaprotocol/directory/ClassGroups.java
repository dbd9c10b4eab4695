package nl.mediaprotocol.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ClassGroups extends ListCrudRepository<ClassGroup, Long> {

	Optional<ClassGroup> findByCodeAndSchoolYear(String code, String schoolYear);

	List<ClassGroup> findBySchoolYear(String schoolYear);

	List<ClassGroup> findBySchoolYearAndUnitIdIn(String schoolYear, Collection<Long> unitIds);

}
