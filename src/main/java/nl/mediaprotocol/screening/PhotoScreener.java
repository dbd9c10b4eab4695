package nl.mediaprotocol.screening;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import nl.mediaprotocol.screening.PhotoFinding.Box;
import nl.mediaprotocol.screening.UnreadableImage.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Screens a photo before it is published: where it was taken (GPS), what else its
 * metadata tells (camera, owner, names, dates), and the faces in it (3.1.6: publishing a
 * person's picture needs their consent). Hostile files give a finding, never an
 * exception: the size is read from the header before anything is decoded.
 */
final class PhotoScreener {

	private final long maxPixels;

	private final Supplier<@Nullable FaceDetector> faces;

	PhotoScreener(long maxPixels, Supplier<@Nullable FaceDetector> faces) {
		this.maxPixels = maxPixels;
		this.faces = faces;
	}

	PhotoResult screen(byte[] bytes) {
		List<PhotoFinding> findings = new ArrayList<>();
		metadata(bytes, findings);
		Decoded decoded;
		try {
			decoded = decode(bytes);
		}
		catch (UnreadableImage ex) {
			findings.add(new PhotoFinding(FindingType.UNREADABLE_IMAGE, Severity.BLOCK, "3.1.3",
					ex.problem() + ": " + ex.getMessage(), null));
			return PhotoResult.of(findings, 0, 0);
		}
		FaceDetector detector = this.faces.get();
		if (detector != null) {
			for (Box box : detector.faces(decoded.image())) {
				findings.add(new PhotoFinding(FindingType.FACE, Severity.WARN, "3.1.6", "face", box));
			}
		}
		return PhotoResult.of(findings, decoded.image().getWidth(), decoded.image().getHeight());
	}

	/**
	 * The photo re-encoded from its pixels alone, so that no EXIF, XMP or IPTC survives;
	 * turned upright first when its metadata asked a viewer to turn it.
	 */
	byte[] withoutMetadata(byte[] bytes) {
		Decoded decoded = decode(bytes);
		BufferedImage upright = upright(decoded.image(), orientation(bytes));
		boolean jpeg = decoded.format().equals("jpeg") || decoded.format().equals("jpg");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (jpeg) {
				writeJpeg(withoutAlpha(upright), out);
			}
			else {
				ImageIO.write(upright, "png", out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UnreadableImage(Problem.BROKEN, "could not re-encode: " + ex.getMessage());
		}
	}

	private record Decoded(BufferedImage image, String format) {
	}

	private Decoded decode(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new UnreadableImage(Problem.NOT_AN_IMAGE, "no image format recognised");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				// a decompression bomb is small on disk and huge in memory: refuse before
				// decoding
				if (width * height > this.maxPixels || width <= 0 || height <= 0) {
					throw new UnreadableImage(Problem.TOO_LARGE,
							width + " x " + height + " pixels, more than " + this.maxPixels);
				}
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				BufferedImage image = reader.read(0);
				if (!warnings.isEmpty()) {
					throw new UnreadableImage(Problem.TRUNCATED, String.join("; ", warnings));
				}
				return new Decoded(image, reader.getFormatName().toLowerCase(Locale.ROOT));
			}
			finally {
				reader.dispose();
			}
		}
		catch (UnreadableImage ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableImage(Problem.BROKEN, String.valueOf(ex.getMessage()));
		}
		catch (OutOfMemoryError ex) {
			throw new UnreadableImage(Problem.TOO_LARGE, "too large to decode");
		}
	}

	private static void metadata(byte[] bytes, List<PhotoFinding> findings) {
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
		}
		catch (Exception | StackOverflowError ex) {
			return;
		}
		TreeSet<String> carried = new TreeSet<>();
		for (Directory directory : metadata.getDirectories()) {
			if (directory instanceof GpsDirectory gps) {
				GeoLocation location = gps.getGeoLocation();
				if (location != null && !location.isZero()) {
					// 3.1.3: where a child lives or goes to school is personal data
					findings.add(new PhotoFinding(FindingType.GPS_POSITION, Severity.BLOCK, "3.1.3",
							String.format(Locale.ROOT, "%.5f, %.5f", location.getLatitude(), location.getLongitude()),
							null));
				}
			}
			if (isPersonal(directory) && directory.getTagCount() > 0) {
				carried.add(directory.getName());
			}
		}
		if (!carried.isEmpty()) {
			findings.add(new PhotoFinding(FindingType.PHOTO_METADATA, Severity.WARN, "3.1.3",
					String.join(", ", carried), null));
		}
	}

	/** EXIF, GPS, XMP, IPTC, Photoshop and maker notes; not the file's own structure. */
	private static boolean isPersonal(Directory directory) {
		String name = directory.getClass().getName();
		return name.startsWith("com.drew.metadata.exif") || name.startsWith("com.drew.metadata.xmp")
				|| name.startsWith("com.drew.metadata.iptc") || name.startsWith("com.drew.metadata.photoshop");
	}

	private static int orientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
		}
		catch (Exception ex) {
			// no readable orientation: the pixels stand as they are
		}
		return 1;
	}

	private static BufferedImage upright(BufferedImage image, int orientation) {
		int width = image.getWidth();
		int height = image.getHeight();
		AffineTransform turn = new AffineTransform();
		boolean swap = false;
		switch (orientation) {
			case 3 -> {
				turn.translate(width, height);
				turn.rotate(Math.PI);
			}
			case 6 -> {
				turn.translate(height, 0);
				turn.rotate(Math.PI / 2);
				swap = true;
			}
			case 8 -> {
				turn.translate(0, width);
				turn.rotate(-Math.PI / 2);
				swap = true;
			}
			default -> {
				return image;
			}
		}
		int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
		BufferedImage turned = new BufferedImage(swap ? height : width, swap ? width : height, type);
		Graphics2D graphics = turned.createGraphics();
		graphics.drawImage(image, turn, null);
		graphics.dispose();
		return turned;
	}

	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		graphics.dispose();
		return rgb;
	}

	private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
