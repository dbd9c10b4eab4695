package nl.mediaprotocol.demo;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.account.SecondFactors;
import nl.mediaprotocol.consent.ConsentRegister;
import nl.mediaprotocol.directory.DirectoryImporter;
import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.directory.ImportReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo board on an empty database, and at every start sets the demo accounts'
 * password and prints the logins.
 */
@Component
@ConditionalOnBooleanProperty("mediaprotocol.demo.enabled")
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final Directory directory;

	private final DirectoryImporter importer;

	private final ConsentRegister consents;

	private final AccountRegistry accounts;

	private final DemoProperties properties;

	private final Environment environment;

	private final Clock clock;

	private final SecondFactors secondFactors;

	DemoData(Directory directory, ConsentRegister consents, DirectoryImporter importer, AccountRegistry accounts,
			DemoProperties properties, Environment environment, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.directory = directory;
		this.importer = importer;
		this.consents = consents;
		this.accounts = accounts;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	/** Who signs in as which role, and where that role is held. */
	static Map<Role, Account> demoAccounts() {
		Map<Role, Account> accounts = new LinkedHashMap<>();
		accounts.put(Role.BEHEERDER, new Account("M-114", "Ruud Hendriks", null));
		accounts.put(Role.BESTUURDER, new Account("M-100", "Henk Jansen", null));
		accounts.put(Role.DIRECTEUR, new Account("M-101", "Marieke van den Berg", "SCHOOL"));
		accounts.put(Role.TEAMLEIDER, new Account("M-102", "Ahmed El Amrani", "VSO-WOENSEL"));
		accounts.put(Role.LEERKRACHT, new Account("M-103", "Sanne de Vries", "VSO-WOENSEL"));
		accounts.put(Role.MEDEWERKER, new Account("M-109", "Peter Visser", "VSO-WOENSEL"));
		accounts.put(Role.COMMUNICATIE, new Account("M-110", "Lotte Smit", null));
		accounts.put(Role.ZORG, new Account("M-111", "Ingrid Mulder", "SCHOOL"));
		accounts.put(Role.ICT, new Account("M-112", "Kevin de Jong", null));
		accounts.put(Role.FG, new Account("M-113", "Annelies Bos", null));
		accounts.put(Role.OUDER, new Account(DemoDirectory.OUDER_REF, "Esther Vermeulen", null));
		accounts.put(Role.LEERLING, new Account(DemoDirectory.LEERLING_REF, "Nora Vos", null));
		return accounts;
	}

	record Account(String personRef, String displayName, @Nullable String unitCode) {

		RoleGrant grant(Role role) {
			return this.unitCode == null ? RoleGrant.boardWide(role) : RoleGrant.forUnit(role, this.unitCode);
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void seedAndPrintLogins() {
		if (this.directory.isEmpty()) {
			seedDirectory();
			new DemoConsents(this.consents, this.directory).seed();
		}
		String password = this.properties.password() == null || this.properties.password().isBlank() ? randomPassword()
				: this.properties.password();
		String authenticatorKey = this.properties.authenticatorKey() == null
				|| this.properties.authenticatorKey().isBlank() ? this.secondFactors.newSecret()
						: this.properties.authenticatorKey();
		demoAccounts().forEach((role, account) -> {
			String username = role.demoUsername();
			if (this.accounts.exists(username)) {
				this.accounts.changePassword(username, password);
			}
			else {
				this.accounts.open(username, account.displayName(), account.personRef(), password,
						Set.of(account.grant(role)));
			}
			if (this.secondFactors.isRequiredFor(role)) {
				this.secondFactors.enrolKnownSecret(username, authenticatorKey);
			}
		});
		printLogins(password, authenticatorKey);
	}

	private void seedDirectory() {
		Map<ImportKind, String> files = new DemoDirectory(LocalDate.now(this.clock)).files();
		for (ImportKind kind : DemoDirectory.order()) {
			ImportReport report = this.importer.importCsv(kind, files.get(kind).getBytes(StandardCharsets.UTF_8));
			if (!report.applied()) {
				throw new IllegalStateException("Demo " + kind + " did not import: " + report.problems());
			}
		}
		log.info("Demo mode: seeded the SSOE directory");
	}

	private void printLogins(String password, String authenticatorKey) {
		String port = this.environment.getProperty("local.server.port", "8080");
		String accounts = demoAccounts().entrySet()
			.stream()
			.map(entry -> String.format("  %-13s %s", entry.getKey().demoUsername(), entry.getValue().displayName()))
			.collect(Collectors.joining("\n"));
		log.info("""

				=== Mediaprotocol demo ===
				Open http://localhost:{}/ and sign in with one of these accounts.
				Password for all of them: {}
				{}
				After the password, {} enter a code from an authenticator app.
				Add this key to the app once (time-based, six digits): {}
				""", port, password, accounts, secondFactorAccounts(), authenticatorKey);
	}

	private String secondFactorAccounts() {
		return demoAccounts().keySet()
			.stream()
			.filter(this.secondFactors::isRequiredFor)
			.map(Role::demoUsername)
			.collect(Collectors.joining(", "));
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
