package nl.mediaprotocol.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import nl.mediaprotocol.directory.Directory;
import nl.mediaprotocol.directory.Directory.UnitNode;
import nl.mediaprotocol.directory.DirectoryImported;
import nl.mediaprotocol.directory.PersonKind;
import nl.mediaprotocol.directory.UnitKind;
import nl.mediaprotocol.protocol.Cites;
import nl.mediaprotocol.screening.PeopleSnapshot.Kind;
import nl.mediaprotocol.system.BoardProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Screens posts and photos before they are published. The engine is built from the
 * directory in the background at start-up and after each import; until it is rebuilt, the
 * previous one answers.
 */
@Service
@Cites({ "1.3", "3.1.3", "3.1.6", "3.1.9", "3.2.3", "3.3.2", "3.3.4", "3.3.5" })
public class Screening {

	private static final Logger log = LoggerFactory.getLogger(Screening.class);

	private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");

	/**
	 * How long a post waits for the names after an import before it is screened with the
	 * names from before.
	 */
	private static final Duration REBUILD_WAIT = Duration.ofSeconds(2);

	/** How often a post asks whether another instance changed the directory. */
	private static final Duration DIRECTORY_CHECK = Duration.ofSeconds(10);

	private final Directory directory;

	private final BoardProperties board;

	private final ScreeningProperties properties;

	private final Lexicon lexicon;

	private final OrganisationIdentifiers identifiers;

	private final PhotoScreener photos;

	private volatile @Nullable TextScreener text;

	/** Guards {@link #text} as it is replaced, {@link #rebuilding} and {@link #again}. */
	private final Object state = new Object();

	private final Object firstBuild = new Object();

	private volatile @Nullable CompletableFuture<TextScreener> rebuilding;

	private boolean again;

	private volatile @Nullable Object faces;

	/** The directory's version when the names in use were read; -1 before. */
	private volatile long namesVersion = -1;

	private volatile long nextDirectoryCheck = System.nanoTime();

	Screening(Directory directory, BoardProperties board, ScreeningProperties properties) {
		this.directory = directory;
		this.board = board;
		this.properties = properties;
		try (InputStream in = properties.lexicon().getInputStream()) {
			this.lexicon = Lexicon.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the screening lexicon " + properties.lexicon(), ex);
		}
		try (InputStream in = properties.organisation().getInputStream()) {
			this.identifiers = OrganisationIdentifiers.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot read the board's identifiers for screening " + properties.organisation(), ex);
		}
		this.photos = new PhotoScreener(properties.maxMegapixels() * 1_000_000L, this::faceDetector);
	}

	public ScreeningResult screen(Post post) {
		return textScreener().screen(post);
	}

	public PhotoResult screen(byte[] photo) {
		return this.photos.screen(photo);
	}

	/**
	 * The photo without its metadata, visually the same.
	 * @throws UnreadableImage when the file cannot be opened safely as an image
	 */
	public byte[] withoutMetadata(byte[] photo) {
		return this.photos.withoutMetadata(photo);
	}

	/**
	 * The names are read anew in the background while the previous engine keeps
	 * answering: at a national board that takes seconds.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DirectoryImported imported) {
		directoryChanged();
	}

	/**
	 * An import through another instance raises no event here: the directory's version
	 * tells, asked at most every {@link #DIRECTORY_CHECK} by the posts screened.
	 */
	void checkDirectoryVersion() {
		long version;
		try {
			version = this.directory.version();
		}
		catch (RuntimeException ex) {
			log.warn("Could not ask the directory whether it changed; the names in use stay", ex);
			return;
		}
		if (version != this.namesVersion) {
			directoryChanged();
		}
	}

	private void directoryChanged() {
		synchronized (this.state) {
			if (this.rebuilding != null) {
				// it may have read the directory before this import: once more after it
				this.again = true;
				return;
			}
			rebuild();
		}
	}

	/** Starts a rebuild; the caller holds {@link #state}. */
	private void rebuild() {
		CompletableFuture<TextScreener> rebuilt = new CompletableFuture<>();
		this.rebuilding = rebuilt;
		Thread.ofVirtual().name("screening-names").start(() -> {
			try {
				TextScreener built = build();
				synchronized (this.state) {
					this.text = built;
				}
				rebuilt.complete(built);
			}
			catch (RuntimeException | Error ex) {
				log.warn("The names for screening could not be read anew; the previous ones are used", ex);
				rebuilt.completeExceptionally(ex);
			}
			finally {
				synchronized (this.state) {
					this.rebuilding = null;
					if (this.again) {
						this.again = false;
						rebuild();
					}
				}
			}
		});
	}

	/**
	 * At start-up the names are read in the background, so that the first post does not
	 * wait for a national directory either.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		synchronized (this.state) {
			if (this.text == null && this.rebuilding == null) {
				rebuild();
			}
		}
	}

	private TextScreener textScreener() {
		long now = System.nanoTime();
		if (this.text != null && now - this.nextDirectoryCheck >= 0) {
			this.nextDirectoryCheck = now + DIRECTORY_CHECK.toNanos();
			checkDirectoryVersion();
		}
		CompletableFuture<TextScreener> rebuilt = this.rebuilding;
		TextScreener screener = this.text;
		if (rebuilt != null) {
			try {
				// a small directory is read again before anyone notices; a big one is
				// not waited for long, unless there are no names from before
				screener = (screener != null) ? rebuilt.get(REBUILD_WAIT.toMillis(), TimeUnit.MILLISECONDS)
						: rebuilt.get();
			}
			catch (TimeoutException | ExecutionException ex) {
				// the names from before the import, for now
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (screener == null) {
			synchronized (this.firstBuild) {
				screener = this.text;
				if (screener == null) {
					TextScreener built = build();
					synchronized (this.state) {
						// a rebuild that ended meanwhile read the directory later
						if (this.text == null) {
							this.text = built;
						}
						screener = this.text;
					}
				}
			}
		}
		return screener;
	}

	private @Nullable FaceDetector faceDetector() {
		if (!this.properties.faces()) {
			return null;
		}
		Object loaded = this.faces;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.faces;
				if (loaded == null) {
					try {
						loaded = FaceDetector.load();
					}
					catch (RuntimeException | LinkageError ex) {
						log.warn("Photos are screened without faces: OpenCV does not load here ({})", ex.toString());
						loaded = Boolean.FALSE;
					}
					this.faces = loaded;
				}
			}
		}
		return loaded instanceof FaceDetector detector ? detector : null;
	}

	/**
	 * The engine, with the directory's names read as a stream into the name index: only
	 * the index is kept, never a list of everyone.
	 */
	TextScreener build() {
		// the version first: an import committed while the names are read makes them
		// newer than the version, which costs one more rebuild, never stale names
		long version = this.directory.version();
		NameDetector.Builder names = NameDetector.builder();
		Set<String> places = new LinkedHashSet<>();
		Set<String> organisation = new LinkedHashSet<>();
		organisation.add(this.board.name());
		organisation.add(this.board.fullName());
		this.directory.forEachRegisteredName(name -> {
			names.person(kindOf(name.kind()), name.firstName(), name.lastNamePrefix(), name.lastName());
			if (name.groupName() != null) {
				places.add(name.groupName());
			}
			if (name.groupCode() != null && name.groupCode().matches(".*\\d.*")) {
				places.add(name.groupCode());
			}
		});
		this.directory.unitTree().forEach(root -> addUnits(root, places, organisation));
		List<String> board = List.copyOf(organisation);
		TextScreener built = new TextScreener(names.build(List.copyOf(places), board), board, this.identifiers,
				this.lexicon, this.properties.studentNumberPattern());
		this.namesVersion = version;
		return built;
	}

	/**
	 * "Locatie Woensel (VSO)" is also written "Woensel"; "SSOE – stichting ..." also
	 * "SSOE".
	 */
	private static void addUnits(UnitNode node, Set<String> places, Set<String> organisation) {
		String name = node.unit().name();
		List<String> forms = new ArrayList<>();
		forms.add(name);
		String bare = BRACKETS.matcher(name).replaceAll("").strip();
		forms.add(bare);
		if (node.kind() == UnitKind.LOCATION) {
			forms.add(bare.replaceFirst("(?i)^locatie\\s+", ""));
		}
		for (String part : name.split("\\s+[–-]\\s+")) {
			forms.add(part.strip());
		}
		places.addAll(forms);
		organisation.addAll(forms);
		node.children().forEach(child -> addUnits(child, places, organisation));
	}

	private static Kind kindOf(PersonKind kind) {
		return switch (kind) {
			case STUDENT -> Kind.STUDENT;
			case GUARDIAN -> Kind.GUARDIAN;
			case EMPLOYEE -> Kind.EMPLOYEE;
		};
	}

}
