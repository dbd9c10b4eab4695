package nl.mediaprotocol.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail. Its hash covers every field and the hash of the entry
 * before it, so the trail is a chain: changing or removing an entry breaks every link
 * after it.
 */
record AuditEntry(long sequence, Instant occurredAt, String actor, String actorRoles, String action, String recordType,
		String recordId, @Nullable String subjectRef, @Nullable String details, @Nullable String address,
		String previousHash, String hash) {

	/** The hash the first entry links to. */
	static final String GENESIS_HASH = "0".repeat(64);

	/** An entry still to be appended: everything but its place in the chain. */
	record Draft(Instant occurredAt, String actor, String actorRoles, String action, String recordType, String recordId,
			@Nullable String subjectRef, @Nullable String details, @Nullable String address) {

		AuditEntry chainedTo(long sequence, String previousHash) {
			String hash = hashOf(sequence, this.occurredAt, this.actor, this.actorRoles, this.action, this.recordType,
					this.recordId, this.subjectRef, this.details, this.address, previousHash);
			return new AuditEntry(sequence, this.occurredAt, this.actor, this.actorRoles, this.action, this.recordType,
					this.recordId, this.subjectRef, this.details, this.address, previousHash, hash);
		}

	}

	/** The hash this entry should carry, computed from its fields. */
	String expectedHash() {
		return hashOf(this.sequence, this.occurredAt, this.actor, this.actorRoles, this.action, this.recordType,
				this.recordId, this.subjectRef, this.details, this.address, this.previousHash);
	}

	private static String hashOf(long sequence, Instant occurredAt, String actor, String actorRoles, String action,
			String recordType, String recordId, @Nullable String subjectRef, @Nullable String details,
			@Nullable String address, String previousHash) {
		MessageDigest digest = sha256();
		// every field is length-prefixed, so that no two different entries hash the same
		// text
		field(digest, Long.toString(sequence));
		field(digest, occurredAt.toString());
		field(digest, actor);
		field(digest, actorRoles);
		field(digest, action);
		field(digest, recordType);
		field(digest, recordId);
		field(digest, subjectRef);
		field(digest, details);
		field(digest, address);
		field(digest, previousHash);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void field(MessageDigest digest, @Nullable String value) {
		if (value == null) {
			digest.update((byte) 0);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update((byte) 1);
		digest.update(new byte[] { (byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
				(byte) (bytes.length >>> 8), (byte) bytes.length });
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
