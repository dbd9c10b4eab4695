package nl.mediaprotocol.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import nl.mediaprotocol.protocol.ProtocolVersion.ProtocolArticle;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one version of the protocol to the next, article by article, and
 * within a changed article word by word.
 */
record ProtocolChanges(int from, int to, List<ArticleChange> articles) {

	enum Kind {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/** A run of words that stayed, went or came. */
	record Segment(String text, Kind kind) {
	}

	record ArticleChange(String number, Kind kind, List<Segment> segments) {
	}

	static ProtocolChanges between(ProtocolVersion previous, ProtocolVersion next) {
		Set<String> numbers = new LinkedHashSet<>();
		next.articles().forEach(article -> numbers.add(article.number()));
		previous.articles().forEach(article -> numbers.add(article.number()));
		List<ArticleChange> changes = new ArrayList<>();
		for (String number : numbers) {
			ProtocolArticle before = previous.article(number).orElse(null);
			ProtocolArticle after = next.article(number).orElse(null);
			changes.add(change(number, before, after));
		}
		return new ProtocolChanges(previous.number(), next.number(), changes);
	}

	private static ArticleChange change(String number, @Nullable ProtocolArticle before,
			@Nullable ProtocolArticle after) {
		if (before == null) {
			return new ArticleChange(number, Kind.ADDED, List.of(new Segment(after.text(), Kind.ADDED)));
		}
		if (after == null) {
			return new ArticleChange(number, Kind.REMOVED, List.of(new Segment(before.text(), Kind.REMOVED)));
		}
		if (before.text().equals(after.text())) {
			return new ArticleChange(number, Kind.UNCHANGED, List.of(new Segment(after.text(), Kind.UNCHANGED)));
		}
		return new ArticleChange(number, Kind.CHANGED, wordDiff(before.text(), after.text()));
	}

	private static List<Segment> wordDiff(String before, String after) {
		List<String> oldWords = words(before);
		List<String> newWords = words(after);
		Patch<String> patch = DiffUtils.diff(oldWords, newWords);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, oldWords.subList(position, start), Kind.UNCHANGED);
			add(segments, delta.getSource().getLines(), Kind.REMOVED);
			add(segments, delta.getTarget().getLines(), Kind.ADDED);
			position = start + delta.getSource().size();
		}
		add(segments, oldWords.subList(position, oldWords.size()), Kind.UNCHANGED);
		return segments;
	}

	private static void add(List<Segment> segments, List<String> words, Kind kind) {
		if (!words.isEmpty()) {
			segments.add(new Segment(String.join(" ", words), kind));
		}
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
	}

	public long count(Kind kind) {
		return this.articles.stream().filter(article -> article.kind() == kind).count();
	}

}
