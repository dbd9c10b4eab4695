package nl.mediaprotocol.screening;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import nl.mediaprotocol.screening.PhotoFinding.Box;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_objdetect;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Frontal faces with OpenCV's Haar cascade, the one that ships with OpenCV. The photo is
 * scaled down to at most {@value #DETECTION_SIZE} pixels a side first: faces that matter
 * for consent are not a few pixels wide, and a 12-megapixel photo would take seconds.
 */
final class FaceDetector {

	static final int DETECTION_SIZE = 1024;

	private static final String CASCADE = "share/opencv4/haarcascades/haarcascade_frontalface_alt.xml";

	private final CascadeClassifier classifier;

	private FaceDetector(CascadeClassifier classifier) {
		this.classifier = classifier;
	}

	/**
	 * Loads the natives and the cascade; fails when OpenCV does not run on this machine.
	 */
	static FaceDetector load() {
		Loader.load(opencv_objdetect.class);
		String resource = "/org/bytedeco/opencv/" + Loader.getPlatform() + "/" + CASCADE;
		try (InputStream in = FaceDetector.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenCV's face cascade is missing: " + resource);
			}
			Path file = Files.createTempFile("haarcascade-frontalface", ".xml");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			CascadeClassifier classifier = new CascadeClassifier(file.toString());
			if (classifier.empty()) {
				throw new IllegalStateException("OpenCV could not read its face cascade");
			}
			return new FaceDetector(classifier);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The faces in the image, as boxes in the image's own pixels. */
	List<Box> faces(BufferedImage image) {
		double scale = Math.min(1.0, (double) DETECTION_SIZE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = gray.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, width, height, null);
		graphics.dispose();
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		List<Box> boxes = new ArrayList<>();
		try (BytePointer data = new BytePointer(pixels);
				Mat mat = new Mat(height, width, opencv_core.CV_8UC1, data);
				Mat equalized = new Mat();
				RectVector found = new RectVector();
				Size minimum = new Size(24, 24);
				Size maximum = new Size()) {
			opencv_imgproc.equalizeHist(mat, equalized);
			// CascadeClassifier keeps state while it detects: one photo at a time
			synchronized (this.classifier) {
				this.classifier.detectMultiScale(equalized, found, 1.1, 4, 0, minimum, maximum);
			}
			for (long i = 0; i < found.size(); i++) {
				Rect rect = found.get(i);
				boxes.add(new Box((int) Math.round(rect.x() / scale), (int) Math.round(rect.y() / scale),
						(int) Math.round(rect.width() / scale), (int) Math.round(rect.height() / scale)));
			}
		}
		return boxes;
	}

}
