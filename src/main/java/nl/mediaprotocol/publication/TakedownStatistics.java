package nl.mediaprotocol.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.mediaprotocol.directory.Directory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takedown tasks after consent withdrawals (3.1.6) counted for the dashboards of the
 * school safety plan (1.2): how many are open per unit now, and how many of those are
 * past their deadline. A task belongs to the unit of the person whose consent was
 * withdrawn, else to the unit the channel speaks for.
 */
@Service
@Transactional(readOnly = true)
public class TakedownStatistics {

	private final Takedowns takedowns;

	private final Channels channels;

	private final Directory directory;

	private final Clock clock;

	TakedownStatistics(Takedowns takedowns, Channels channels, Directory directory, Clock clock) {
		this.takedowns = takedowns;
		this.channels = channels;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The open tasks of one unit ({@code null}: no unit known), and the overdue ones
	 * among them.
	 */
	public record Row(@Nullable String unitCode, int open, int overdue) {
	}

	/** Per unit, the tasks open now. */
	public List<Row> open() {
		List<TakedownTask> open = this.takedowns.open();
		Map<String, @Nullable String> personUnits = new HashMap<>();
		this.directory.facts(open.stream().map(TakedownTask::personRef).distinct().toList())
			.forEach(person -> personUnits.put(person.ref(), person.unitCode()));
		Map<String, @Nullable String> channelUnits = new HashMap<>();
		this.channels.all().forEach(channel -> channelUnits.put(channel.code(), channel.unitCode()));
		Instant now = this.clock.instant();
		Map<String, int[]> counts = new TreeMap<>();
		for (TakedownTask task : open) {
			String unit = Objects.requireNonNullElse(personUnits.get(task.personRef()),
					Objects.requireNonNullElse(channelUnits.get(task.channel()), ""));
			int[] count = counts.computeIfAbsent(unit, key -> new int[2]);
			count[0]++;
			if (task.isOverdueAt(now)) {
				count[1]++;
			}
		}
		return counts.entrySet()
			.stream()
			.map(count -> new Row(count.getKey().isEmpty() ? null : count.getKey(), count.getValue()[0],
					count.getValue()[1]))
			.toList();
	}

}
