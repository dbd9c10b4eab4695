package nl.mediaprotocol.protocol;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProtocolVersions extends ListCrudRepository<ProtocolVersion, Long> {

	Optional<ProtocolVersion> findByNumber(int number);

	List<ProtocolVersion> findAllByOrderByNumberDesc();

	@Query("select coalesce(max(number), 0) from protocol_versions")
	int highestNumber();

}
