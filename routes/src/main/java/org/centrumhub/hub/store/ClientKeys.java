package org.centrumhub.hub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.centrumhub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) under which the stores know a client instead of the BSN. The key is read from
 * {@code <data dir>/client-key.secret}, created with 32 random bytes on first start; keep it with the database
 * backups (without it the stored keys cannot be matched to new messages).
 */
@Component
public class ClientKeys {
    private final SecretKeySpec key;

    public ClientKeys(HubProperties properties) {
        this.key = new SecretKeySpec(loadOrCreate(properties.dataDir().resolve("client-key.secret")), "HmacSHA256");
    }

    public String of(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(file, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own protection applies
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the client key " + file, e);
        }
    }
}
