package org.centrumhub.hub.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.centrumhub.hub.config.HubProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data before it is stored: AES-256 in GCM mode from the JDK, a fresh random 96-bit IV per value,
 * the key from {@link DataKeys} (outside the database). A stored value is
 *
 * <pre>
 *   01 | key id (4 bytes, big-endian) | IV (12 bytes) | ciphertext | GCM tag (16 bytes)
 * </pre>
 *
 * and the GCM additional data is its first five bytes plus the value's context (for example
 * {@code message/<id>/raw_xml}): a value copied to another row or column, a changed key id, a flipped bit, or a read
 * under a wrong key fails with {@link StoredValueException}, never as garbage. A value stored before encryption is
 * {@code 00 | plaintext} (the V10 migration marked them so) and is read as it is until the re-encryption job
 * rewrites it; an empty value holds nothing (an oversize or erased message) and stays empty.
 */
@Component
public class MessageCipher {
    /** The first byte of a value stored before encryption (marked by the V10 migration). */
    public static final byte PLAINTEXT = 0;
    /** The first byte of an AES-256-GCM value. */
    public static final byte AES_GCM = 1;
    /** What {@link #keyOf} says of a value stored before encryption. */
    public static final int NO_KEY = 0;

    private static final int HEADER = 5;
    private static final int IV = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    /**
     * A cipher per thread, made once: a Cipher may not be shared, and making one costs a provider lookup. Every use
     * initialises it afresh (key, new IV), which also clears what a failed use left.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
        }
    });

    @Autowired
    public MessageCipher(HubProperties properties) {
        this(new DataKeys(properties.encryption().keyFolder(properties.dataDir())));
    }

    public MessageCipher(DataKeys keys) {
        this.keys = keys;
    }

    public DataKeys keys() {
        return keys;
    }

    /** Picks up keys dropped into (or removed from) the key folder, also those another hub made by a rotation. */
    @Scheduled(initialDelayString = "${centrumhub.encryption.rescan-every:PT1M}",
            fixedDelayString = "${centrumhub.encryption.rescan-every:PT1M}")
    public void rescan() {
        keys.rescan();
    }

    /** The value to store for {@code plain} in {@code context}: encrypted under the newest key (null and empty stay). */
    public byte[] seal(byte[] plain, String context) {
        if (plain == null || plain.length == 0) {
            return plain;
        }
        Map.Entry<Integer, SecretKey> newest = keys.newestKey();
        int keyId = newest.getKey();
        SecretKey key = newest.getValue();
        byte[] iv = SecretFiles.randomBytes(IV);
        ByteBuffer header = ByteBuffer.allocate(HEADER).put(AES_GCM).putInt(keyId);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.array());
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[HEADER + IV + cipher.getOutputSize(plain.length)];
            System.arraycopy(header.array(), 0, stored, 0, HEADER);
            System.arraycopy(iv, 0, stored, HEADER, IV);
            cipher.doFinal(plain, 0, plain.length, stored, HEADER + IV);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
        }
    }

    /** Text stored as its UTF-8 bytes, encrypted. */
    public byte[] sealText(String plain, String context) {
        return plain == null ? null : seal(plain.getBytes(StandardCharsets.UTF_8), context);
    }

    /** What was stored in {@code context}; fails loudly when the value was not stored there or was altered. */
    public byte[] open(byte[] stored, String context) {
        if (stored == null || stored.length == 0) {
            return stored;
        }
        if (stored[0] == PLAINTEXT) {
            return Arrays.copyOfRange(stored, 1, stored.length);
        }
        if (stored[0] != AES_GCM || stored.length < HEADER + IV + TAG_BITS / 8) {
            throw new StoredValueException("the stored value of " + context + " is in no format the hub writes "
                    + "(first byte " + (stored[0] & 0xff) + ", " + stored.length + " bytes)");
        }
        int keyId = keyOf(stored);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new StoredValueException("the stored value of " + context
                + " is under data key " + keyId + ", which is not in " + keys.folder() + " (removed before the "
                + "re-encryption job rewrote every value under it?)"));
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, HEADER, IV));
            cipher.updateAAD(stored, 0, HEADER);
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, HEADER + IV, stored.length - HEADER - IV);
        } catch (AEADBadTagException e) {
            throw new StoredValueException("the stored value of " + context + " does not authenticate under data key "
                    + keyId + ": it was altered, belongs to another row, or the key file is not the one it was "
                    + "written with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
        }
    }

    public String openText(byte[] stored, String context) {
        byte[] plain = open(stored, context);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * The stored value under the newest key: the same array when it is there already (or null, or empty), else
     * opened and sealed again.
     */
    public byte[] reseal(byte[] stored, String context) {
        if (stored == null || stored.length == 0 || (stored[0] == AES_GCM && keyOf(stored) == keys.newest())) {
            return stored;
        }
        return seal(open(stored, context), context);
    }

    /** The key id a stored value is under: {@link #NO_KEY} for one stored before encryption, -1 for none at all. */
    public static int keyOf(byte[] stored) {
        if (stored == null || stored.length == 0) {
            return -1;
        }
        if (stored[0] == AES_GCM && stored.length >= HEADER) {
            return ByteBuffer.wrap(stored, 1, 4).getInt();
        }
        return NO_KEY;
    }

    /** A stored value that cannot be read: altered, moved from another row, under a missing key, or malformed. */
    public static class StoredValueException extends IllegalStateException {
        public StoredValueException(String message) {
            super(message);
        }

        public StoredValueException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
