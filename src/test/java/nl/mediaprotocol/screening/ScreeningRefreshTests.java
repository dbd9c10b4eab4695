package nl.mediaprotocol.screening;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.Directory.RegisteredName;
import nl.mediaprotocol.directory.DirectoryImported;
import nl.mediaprotocol.directory.ImportKind;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.system.BoardProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * After an import the names are read anew in the background; posts screened meanwhile use
 * the names from before rather than wait for a national directory.
 */
class ScreeningRefreshTests {

	private static final RegisteredName SANNE = name("L-1", "Sanne", "Bakker");

	private static final RegisteredName DAAN = name("L-2", "Daan", "Visser");

	private static final DirectoryImported IMPORTED = new DirectoryImported(ImportKind.STUDENTS, 1, 0, 0);

	private final Directory directory = mock(Directory.class);

	private final Screening screening = new Screening(this.directory, new BoardProperties("SSOE", "stichting"),
			new ScreeningProperties("L-\\d{4,6}", new ClassPathResource("screening/lexicon-nl.txt"),
					new ClassPathResource("screening/organisation-ssoe.txt"), 50, false));

	@Test
	void afterAnImportTheImportedNamesAreFound() {
		directoryHolds(SANNE);
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker");
		directoryHolds(SANNE, DAAN);
		this.screening.on(IMPORTED);
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker", "Daan Visser");
	}

	@Test
	@Timeout(20)
	void namesImportedThroughAnotherInstanceAreFoundOnceTheDirectorysVersionMoved() throws Exception {
		when(this.directory.version()).thenReturn(7L);
		directoryHolds(SANNE);
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker");
		// no event here: the other instance raised the directory's version
		directoryHolds(SANNE, DAAN);
		this.screening.checkDirectoryVersion();
		assertThat(namesIn("Sanne Bakker en Daan Visser")).as("the version did not move: the names stay")
			.containsExactly("Sanne Bakker");
		when(this.directory.version()).thenReturn(8L);
		this.screening.checkDirectoryVersion();
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker", "Daan Visser");
	}

	@Test
	@Timeout(20)
	void whileTheNamesAreReadAgainPostsAreScreenedWithTheNamesFromBefore() throws Exception {
		directoryHolds(SANNE);
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker");
		CountDownLatch slowDatabase = new CountDownLatch(1);
		CountDownLatch read = new CountDownLatch(1);
		doAnswer(invocation -> {
			slowDatabase.await();
			Consumer<RegisteredName> each = invocation.getArgument(0);
			each.accept(SANNE);
			each.accept(DAAN);
			read.countDown();
			return null;
		}).when(this.directory).forEachRegisteredName(any());
		this.screening.on(IMPORTED);
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker");
		slowDatabase.countDown();
		assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(namesIn("Sanne Bakker en Daan Visser")).containsExactly("Sanne Bakker", "Daan Visser");
	}

	private List<String> namesIn(String text) {
		return this.screening.screen(Post.of(text))
			.findings()
			.stream()
			.filter(finding -> finding.type() == FindingType.PERSON_NAME)
			.map(Finding::text)
			.toList();
	}

	private void directoryHolds(RegisteredName... names) {
		when(this.directory.unitTree()).thenReturn(List.of());
		doAnswer(invocation -> {
			Consumer<RegisteredName> each = invocation.getArgument(0);
			List.of(names).forEach(each);
			return null;
		}).when(this.directory).forEachRegisteredName(any());
	}

	private static RegisteredName name(String ref, String first, String last) {
		return new RegisteredName(ref, PersonKind.STUDENT, first, null, last, null, null, null, null);
	}

}
