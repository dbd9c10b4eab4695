package nl.mediaprotocol.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the application's e-mails, in Dutch, from the board's address: a subject and a
 * body from the message bundle. Without a mail server ({@code spring.mail.host}) nothing
 * is sent; a failure is logged, never thrown at the person whose action caused the mail.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private static final Locale DUTCH = Locale.of("nl");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${mediaprotocol.mail.from:noreply@mediaprotocol.example}") String from,
			@Value("${mediaprotocol.base-url:http://localhost:8080}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Whether a mail server is configured. */
	public boolean isAvailable() {
		return this.sender.getIfAvailable() != null;
	}

	/** The address of a page of the application, for links in mails. */
	public String link(String path) {
		return this.baseUrl + path;
	}

	/**
	 * Sends one mail whose subject is the message {@code key + ".subject"} and whose body
	 * is {@code key + ".body"}; answers whether it went out.
	 */
	public boolean send(@Nullable String to, String key, Object[] subjectArgs, Object[] bodyArgs) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null || to == null || to.isBlank()) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(this.messages.getMessage(key + ".subject", subjectArgs, DUTCH));
		message.setText(this.messages.getMessage(key + ".body", bodyArgs, DUTCH));
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send {} mail: {}", key, ex.getMessage());
			return false;
		}
	}

}
