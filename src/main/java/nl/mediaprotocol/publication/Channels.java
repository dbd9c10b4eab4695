package nl.mediaprotocol.publication;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The board's channels. */
@Repository
class Channels {

	private final JdbcClient jdbc;

	Channels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Channel> all() {
		return this.jdbc.sql("select * from publication_channels order by name")
			.query((rs, row) -> new Channel(rs.getString("code"), rs.getString("platform"), rs.getString("name"),
					rs.getString("unit_code"), rs.getString("consent_purpose"), rs.getBoolean("active")))
			.list();
	}

	List<Channel> active() {
		return all().stream().filter(Channel::active).toList();
	}

	Optional<Channel> byCode(String code) {
		return all().stream().filter(channel -> channel.code().equals(code)).findFirst();
	}

	/** Loads the board's channels from a file when there are none yet. */
	void loadIfEmpty(Resource channels) throws IOException {
		if (this.jdbc.sql("select count(*) from publication_channels").query(Long.class).single() > 0) {
			return;
		}
		try (Reader reader = new InputStreamReader(channels.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord line : CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				this.jdbc
					.sql("insert into publication_channels (code, platform, name, unit_code, consent_purpose, active)"
							+ " values (:code, :platform, :name, :unit, :purpose, true)")
					.param("code", line.get("code"))
					.param("platform", line.get("platform"))
					.param("name", line.get("naam"))
					.param("unit", line.get("eenheid").isBlank() ? null : line.get("eenheid"))
					.param("purpose", line.get("doel"))
					.update();
			}
		}
	}

}
