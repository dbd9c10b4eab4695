package nl.mediaprotocol.system;

import java.util.List;
import java.util.Map;

/**
 * A module that holds personal data: it declares its processing activity for the register
 * (AVG article 30), and gives what it holds about one person for a request of access
 * (article 15): every record about them, as plain values, nothing about anyone else but
 * the names the record itself carries.
 */
public interface PersonalDataSource {

	/** The module's entry in the register of processing activities. */
	ProcessingActivity activity();

	/** The part of the export, e.g. {@code consent}. */
	String section();

	/** The records about the person, each as field → value. */
	List<Map<String, Object>> about(String personRef);

}
