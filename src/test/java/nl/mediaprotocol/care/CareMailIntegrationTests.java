package nl.mediaprotocol.care;

import java.util.Arrays;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.mediaprotocol.account.AccountRegistry;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.DirectoryImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static nl.mediaprotocol.care.CareBoard.NOAH;
import static nl.mediaprotocol.care.CareBoard.TEACHER_NOORD;
import static nl.mediaprotocol.care.CareBoard.signalAbout;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"mediaprotocol.base-url=https://care.example" })
@DirtiesContext
class CareMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	CareStructure care;

	@Autowired
	DirectoryImporter importer;

	@Autowired
	AccountRegistry accounts;

	@Test
	void theCoordinatorsOfTheStudentsUnitGetAMailWithOnlyALink() throws Exception {
		CareBoard.importInto(this.importer);
		this.accounts.open("zorg-noord", "Zara Noord", "Z-N", "a-long-password-1",
				Set.of(RoleGrant.forUnit(Role.ZORG, "NOORD")));
		this.accounts.open("zorg-zuid", "Zeger Zuid", "Z-Z", "a-long-password-1",
				Set.of(RoleGrant.forUnit(Role.ZORG, "ZUID")));
		this.accounts.open("zorg-school", "Ilse School", "Z-S", "a-long-password-1",
				Set.of(RoleGrant.forUnit(Role.ZORG, "S")));

		long id = this.care.raise(TEACHER_NOORD, signalAbout(NOAH));

		assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(Arrays.stream(received).map(CareMailIntegrationTests::recipient))
			.containsExactlyInAnyOrder("zara@school.example", "ilse@school.example");
		for (MimeMessage message : received) {
			String body = GreenMailUtil.getBody(message);
			assertThat(message.getSubject()).isEqualTo("Nieuw zorgsignaal");
			assertThat(body).contains("https://care.example/care/" + id)
				.doesNotContain("Noah", "Vermeulen", NOAH, "telefoon", "Tineke");
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
