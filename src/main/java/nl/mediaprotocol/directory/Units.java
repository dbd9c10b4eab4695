package nl.mediaprotocol.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Units extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

}
