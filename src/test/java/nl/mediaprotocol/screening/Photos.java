package nl.mediaprotocol.screening;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Photos for tests: a portrait (NASA's public-domain astronaut picture, from
 * scikit-image's sample data), pictures with EXIF and GPS written byte by byte, and
 * hostile files.
 */
public final class Photos {

	private Photos() {
	}

	public static byte[] astronaut() {
		try (InputStream in = Photos.class.getResourceAsStream("/screening/astronaut.jpg")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return encode(image, "jpg");
	}

	public static byte[] encode(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The JPEG with an EXIF segment naming the artist and, when given, a GPS position
	 * (north and east, in whole degrees, minutes and seconds).
	 */
	public static byte[] withExif(byte[] jpeg, String artist, int[] latitude, int[] longitude, int orientation) {
		byte[] artistBytes = (artist + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: Artist, Orientation, GPS pointer
		int entries = 3;
		int ifd0End = 8 + 2 + entries * 12 + 4;
		int artistOffset = ifd0End;
		int gpsOffset = artistOffset + artistBytes.length + (artistBytes.length % 2);
		tiff.putShort((short) entries);
		entry(tiff, 0x013B, 2, artistBytes.length, artistOffset);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsOffset);
		tiff.putInt(0);
		tiff.put(artistBytes);
		if (artistBytes.length % 2 == 1) {
			tiff.put((byte) 0);
		}
		// GPS IFD: refs inline, rationals after the IFD
		int gpsEntries = 4;
		int rationals = gpsOffset + 2 + gpsEntries * 12 + 4;
		tiff.putShort((short) gpsEntries);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		entry(tiff, 2, 5, 3, rationals);
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		entry(tiff, 4, 5, 3, rationals + 24);
		tiff.putInt(0);
		for (int value : latitude) {
			tiff.putInt(value).putInt(1);
		}
		for (int value : longitude) {
			tiff.putInt(value).putInt(1);
		}
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip().get(tiffBytes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		int length = 2 + 6 + tiffBytes.length;
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiffBytes);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	/**
	 * A PNG header that claims 100,000 x 100,000 pixels: ten billion pixels from a few
	 * bytes.
	 */
	public static byte[] decompressionBomb() {
		BufferedImage small = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		byte[] png = encode(small, "png");
		ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
		// the IHDR checksum no longer fits; readers that check it still read the size
		// first
		return png;
	}

	/** A gradient with grain, so that it compresses about as badly as a real photo. */
	static byte[] grainyJpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		java.util.Random random = new java.util.Random(5);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int grain = random.nextInt(48);
				int r = Math.min(255, x * 200 / width + grain);
				int g = Math.min(255, y * 200 / height + grain);
				int b = Math.min(255, 120 + grain);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		return encode(image, "jpg");
	}

}
