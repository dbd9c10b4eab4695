package nl.mediaprotocol.demo;

import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.consent.ConsentRegister.DecisionRequest;
import nl.mediaprotocol.consent.DecisionMethod;
import nl.mediaprotocol.consent.Medium;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.PersonFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consent decisions for the demo, so that the group overviews show a realistic mix: most
 * families agree to the school guide and the parent portal, fewer to public social media,
 * some answer nothing; the ouder's own children are left for the ouder to decide.
 */
final class DemoConsents {

	private static final Logger log = LoggerFactory.getLogger(DemoConsents.class);

	private final ConsentRegister register;

	private final Directory directory;

	DemoConsents(ConsentRegister register, Directory directory) {
		this.register = register;
		this.directory = directory;
	}

	void seed() {
		int recorded = 0;
		List<PersonFacts> students = this.directory.studentsInUnit(DemoDirectory.BOARD_CODE);
		for (int i = 0; i < students.size(); i++) {
			PersonFacts student = students.get(i);
			if (student.guardianRefs().contains(DemoDirectory.OUDER_REF)
					|| student.ref().equals(DemoDirectory.LEERLING_REF) || i % 5 == 4) {
				// the ouder and the leerling decide for themselves; one in five has not
				// answered
				continue;
			}
			String decider = this.register.decidersOf(student).getFirst();
			CurrentUser account = CurrentUser.of("demo-" + decider.toLowerCase(java.util.Locale.ROOT), decider,
					RoleGrant.boardWide(decider.equals(student.ref()) ? Role.LEERLING : Role.OUDER));
			recorded += decide(account, student, decider, "school-guide", true);
			recorded += decide(account, student, decider, "parent-portal", true);
			recorded += decide(account, student, decider, "newsletter", i % 3 != 0);
			recorded += decide(account, student, decider, "website", i % 2 == 0);
			recorded += decide(account, student, decider, "instagram", i % 4 == 0);
		}
		log.info("Demo mode: recorded {} consent decisions", recorded);
	}

	private int decide(CurrentUser account, PersonFacts student, String decider, String purpose, boolean granted) {
		int recorded = 0;
		for (Medium medium : List.of(Medium.PHOTO, Medium.VIDEO)) {
			this.register.record(
					new DecisionRequest(student.ref(), purpose, medium, granted, decider, DecisionMethod.PORTAL, null),
					account);
			recorded++;
		}
		return recorded;
	}

}
