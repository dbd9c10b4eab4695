package nl.mediaprotocol.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, Long> {

	Optional<Person> findByRef(String ref);

	List<Person> findByKind(PersonKind kind);

}
