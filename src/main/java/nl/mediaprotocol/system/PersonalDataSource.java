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

	/**
	 * Erases what the module holds about the person where the law allows it (AVG article
	 * 17), and says how many records it erased; records still needed, such as an open
	 * case, stay. Modules that cannot erase anything return 0.
	 */
	default int erase(String personRef) {
		return 0;
	}

	/** Whether {@link #erase} can remove anything at all. */
	default boolean erasable() {
		return false;
	}

}
