package org.centrumhub.hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.hub.store.ClientErasure;
import org.centrumhub.hub.store.MessageRetention;
import org.centrumhub.hub.store.Reencryption;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal data at rest, for operators (docs/data-at-rest.md): the data keys and their use, rotation and
 * re-encryption, the retention job, and the erasure of one client. Under {@code /api/v1/admin}: for operators only.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "data at rest", description = "Operators: data keys, rotation, re-encryption, retention and erasure")
public class DataAtRestApi {
    private final MessageCipher cipher;
    private final Reencryption reencryption;
    private final MessageRetention retention;
    private final ClientErasure erasure;
    private final Clock clock;

    public DataAtRestApi(MessageCipher cipher, Reencryption reencryption, MessageRetention retention,
                         ClientErasure erasure, Clock clock) {
        this.cipher = cipher;
        this.reencryption = reencryption;
        this.retention = retention;
        this.erasure = erasure;
        this.clock = clock;
    }

    @GetMapping("/keys")
    @Operation(summary = "The data keys and what uses them", description = "Per key in the key folder: its file, how "
            + "many stored values are under it, and whether it may be removed (no value uses it and it is not the "
            + "newest). Also the values stored before encryption and keys values use that are not in the folder. "
            + "Counts by reading every stored value's first bytes.")
    public Map<String, Object> keys() {
        cipher.keys().rescan();
        Map<Integer, Long> perKey = reencryption.valuesPerKey();
        int newest = cipher.keys().newest();
        List<Map<String, Object>> keys = new ArrayList<>();
        cipher.keys().files().forEach((id, file) -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("id", id);
            key.put("file", file.getFileName().toString());
            key.put("values", perKey.getOrDefault(id, 0L));
            key.put("newest", id == newest);
            key.put("removable", id != newest && !perKey.containsKey(id));
            keys.add(key);
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("folder", cipher.keys().folder().toString());
        answer.put("newest", newest);
        answer.put("keys", keys);
        answer.put("valuesStoredBeforeEncryption", perKey.getOrDefault(MessageCipher.NO_KEY, 0L));
        answer.put("missingKeys", perKey.keySet().stream()
                .filter(id -> id != MessageCipher.NO_KEY && !cipher.keys().ids().contains(id)).toList());
        return answer;
    }

    @PostMapping("/keys/rotate")
    @Operation(summary = "Rotate the data key", description = "Makes a new key file (0600) with the next id; new values "
            + "are written under it from now on (other hubs on the same folder pick it up within "
            + "centrumhub.encryption.rescan-every). Older values are rewritten by the re-encryption job "
            + "(POST /api/v1/admin/keys/reencrypt runs it now). 409 when the folder cannot be written (a mounted secret: "
            + "put the new key file there instead).")
    public ResponseEntity<Map<String, Object>> rotate() {
        try {
            int id = cipher.keys().rotate();
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("newest", id,
                    "file", cipher.keys().files().get(id).getFileName().toString()));
        } catch (java.io.UncheckedIOException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "KEY_FOLDER_NOT_WRITABLE",
                    "reason", String.valueOf(e.getMessage())));
        }
    }

    @PostMapping("/keys/reencrypt")
    @Operation(summary = "Re-encrypt now", description = "Runs the re-encryption job at once and waits for it: every "
            + "stored value not under the newest key (or stored before encryption) is rewritten under it. Answers what "
            + "it rewrote, what it could not read, the values per key, and which key files may now be removed.")
    public Reencryption.Pass reencrypt() {
        return reencryption.run();
    }

    @PostMapping("/retention/run")
    @Operation(summary = "Run the retention job now", description = "Drops each month's partition of a retention kind "
            + "whose month ended longer ago than the kind's retention, as the daily job does; answers what it dropped.")
    public List<MessageRetention.Dropped> runRetention() {
        return retention.dropExpired(clock.instant());
    }

    /** Whom to erase: exactly one of the two; in the body, never in the URL (it would land in access logs). */
    public record ErasureRequest(String bsn, String clientKey) {
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase one client", description = "Body {\"bsn\": \"...\"} or {\"clientKey\": \"...\"}. "
            + "Deletes the messages about that client only; erases the stored XML of messages that also concern other "
            + "clients (declarations); with a BSN also searches the messages the hub could not attribute; deletes the "
            + "client's assignments, deliveries and requests; unlinks its declaration lines. Answers counts only.")
    public ResponseEntity<Object> erase(@RequestBody ErasureRequest request) {
        boolean byBsn = request.bsn() != null && !request.bsn().isBlank();
        boolean byKey = request.clientKey() != null && !request.clientKey().isBlank();
        if (byBsn == byKey) {
            return ResponseEntity.badRequest().body(Map.of("code", "ONE_CLIENT",
                    "reason", "give either bsn or clientKey"));
        }
        if (byBsn && !request.bsn().matches("\\d{9}")) {
            return ResponseEntity.badRequest().body(Map.of("code", "BSN", "reason", "a BSN is nine digits"));
        }
        if (byKey && !request.clientKey().matches("[0-9a-f]{64}")) {
            return ResponseEntity.badRequest().body(Map.of("code", "CLIENT_KEY",
                    "reason", "a client key is 64 lower-case hex digits"));
        }
        return ResponseEntity.ok(byBsn ? erasure.eraseBsn(request.bsn()) : erasure.eraseClientKey(request.clientKey()));
    }
}
