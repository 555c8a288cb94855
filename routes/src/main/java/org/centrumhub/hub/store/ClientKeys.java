package org.centrumhub.hub.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.security.SecretFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) under which the stores know a client instead of the BSN. The key is read from
 * {@code <data dir>/client-key.secret}, created 0600 (in the call that creates it) with 32 random bytes on first
 * start; keep it with the database backups (without it the stored keys cannot be matched to new messages).
 */
@Component
public class ClientKeys {
    /** The file under the data folder that holds the key, as 64 hex digits. */
    public static final String FILE = "client-key.secret";

    private final SecretKeySpec key;
    /** A MAC per thread, made once and reset by each use: a Mac may not be shared, and making one costs a lookup. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Autowired
    public ClientKeys(HubProperties properties) {
        this(properties.dataDir().resolve(FILE));
    }

    /** The client keys under the key in this file (created when missing). */
    public ClientKeys(Path file) {
        this.key = new SecretKeySpec(loadOrCreate(file), "HmacSHA256");
    }

    public String of(String bsn) {
        return HexFormat.of().formatHex(macs.get().doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        String hex = SecretFiles.readOrCreate(file, () -> HexFormat.of().formatHex(SecretFiles.randomBytes(32))).trim();
        byte[] secret = HexFormat.of().parseHex(hex);
        if (secret.length < 32) {
            throw new IllegalStateException("the client key " + file + " must hold at least 32 bytes as hex digits");
        }
        return secret;
    }
}
