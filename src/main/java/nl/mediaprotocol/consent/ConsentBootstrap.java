package nl.mediaprotocol.consent;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the board's default purposes into an empty register. */
@Component
@Order(20)
class ConsentBootstrap implements ApplicationRunner {

	private final Purposes purposes;

	private final ConsentProperties properties;

	private final Clock clock;

	ConsentBootstrap(Purposes purposes, ConsentProperties properties, Clock clock) {
		this.purposes = purposes;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (!this.purposes.isEmpty()) {
			return;
		}
		try (Reader reader = new InputStreamReader(this.properties.defaultPurposes().getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord line : CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				this.purposes.add(line.get("code"), line.get("naam"), line.get("name"), line.get("tekst"),
						this.clock.instant());
			}
		}
	}

}
