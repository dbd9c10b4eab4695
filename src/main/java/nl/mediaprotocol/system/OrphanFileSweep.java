package nl.mediaprotocol.system;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored files that no record refers to: an upload whose instance died between
 * writing the file and committing the record, or a deletion whose file could not be
 * removed after the commit. Only files older than the grace period go, so that an upload
 * still on its way to its commit is never taken for an orphan. Runs nightly on one
 * instance at a time.
 */
@Component
class OrphanFileSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanFileSweep.class);

	/** Keys asked about at once: a database takes only so many parameters. */
	private static final int BATCH = 500;

	private final FileStore store;

	private final List<FileReferences> references;

	private final FilesProperties properties;

	private final Clock clock;

	OrphanFileSweep(FileStore store, List<FileReferences> references, FilesProperties properties, Clock clock) {
		this.store = store;
		this.references = references;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${mediaprotocol.files.sweep-cron:0 30 4 * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "orphan-file-sweep", lockAtLeastFor = "PT1M")
	void everyNight() {
		int removed = sweep(this.clock.instant().minus(this.properties.orphanGrace()));
		if (removed > 0) {
			log.info("Removed {} stored files that no record refers to", removed);
		}
	}

	/**
	 * Removes the unreferenced files stored before the instant; says how many. More
	 * orphans than crashes leave behind ({@code mediaprotocol.files.sweep-max-orphans})
	 * mean the store is not this database's (an empty database, or a copy of another,
	 * pointed at its directory): then nothing is removed and the log says why.
	 */
	int sweep(Instant storedBefore) {
		List<String> batch = new ArrayList<>();
		List<String> orphans = new ArrayList<>();
		this.store.eachStoredBefore(storedBefore, key -> {
			batch.add(key);
			if (batch.size() == BATCH) {
				orphans.addAll(unused(batch));
				batch.clear();
			}
		});
		orphans.addAll(unused(batch));
		if (orphans.size() > this.properties.sweepMaxOrphans()) {
			log.error(
					"{} stored files are referred to by no record of this database, more than the {} a crash leaves"
							+ " behind: none removed. Is the files directory another database's?",
					orphans.size(), this.properties.sweepMaxOrphans());
			return 0;
		}
		orphans.forEach(this.store::delete);
		return orphans.size();
	}

	private List<String> unused(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		Set<String> used = new HashSet<>();
		for (FileReferences module : this.references) {
			used.addAll(module.inUse(keys));
		}
		return keys.stream().filter(key -> !used.contains(key)).toList();
	}

}
