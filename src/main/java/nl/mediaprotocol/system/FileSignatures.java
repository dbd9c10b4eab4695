package nl.mediaprotocol.system;

import java.util.Optional;

/**
 * What an uploaded file is, by its first bytes rather than by its name or the type the
 * browser claims: PDF, JPEG or PNG.
 */
public final class FileSignatures {

	public static final String PDF = "application/pdf";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	private FileSignatures() {
	}

	public static Optional<String> contentType(byte[] content) {
		if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
			return Optional.of(PDF);
		}
		if (starts(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	/** The type when the file is a JPEG or PNG picture. */
	public static Optional<String> imageType(byte[] content) {
		return contentType(content).filter(type -> type.equals(JPEG) || type.equals(PNG));
	}

	private static boolean starts(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
