package nl.mediaprotocol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Mediaprotocol: a school board's Protocol Social Media, carried out.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediaprotocolApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediaprotocolApplication.class, args);
	}

}
