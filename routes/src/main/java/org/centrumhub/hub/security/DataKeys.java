package org.centrumhub.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 keys that encrypt personal data at rest, one file per key in a folder outside the database:
 * {@code data-key-<id>.secret}, 64 hex digits, created 0600 by the hub (a key dropped in by an operator or mounted as
 * a secret works the same). The key with the highest id is the one new values are written under; every key in the
 * folder can read. An empty folder gets key 1 on first start.
 */
public final class DataKeys {
    private static final Logger LOG = LoggerFactory.getLogger(DataKeys.class);
    private static final Pattern NAME = Pattern.compile("data-key-(\\d{1,9})\\.secret");

    private final Path folder;
    private volatile NavigableMap<Integer, Key> keys = Collections.emptyNavigableMap();

    /** One key and the file it was read from. */
    private record Key(Path file, SecretKey secret) {
    }

    public DataKeys(Path folder) {
        this.folder = folder.toAbsolutePath();
        rescan();
        if (keys.isEmpty()) {
            create(1);
            rescan();
        }
    }

    public Path folder() {
        return folder;
    }

    /** The file of a key id. */
    public static String fileName(int id) {
        return "data-key-%04d.secret".formatted(id);
    }

    /** The id of the key new values are written under: the highest in the folder. */
    public int newest() {
        return keys.lastKey();
    }

    /** Every key id in the folder, lowest first. */
    public Set<Integer> ids() {
        return keys.keySet();
    }

    /** The newest key with its id, read together (a rescan between two reads cannot mix them up). */
    public Map.Entry<Integer, SecretKey> newestKey() {
        Map.Entry<Integer, Key> newest = keys.lastEntry();
        return Map.entry(newest.getKey(), newest.getValue().secret());
    }

    /** The key with this id; when this hub does not know it yet, the folder is read again once. */
    public Optional<SecretKey> key(int id) {
        Key key = keys.get(id);
        if (key == null) {
            rescan();
            key = keys.get(id);
        }
        return Optional.ofNullable(key).map(Key::secret);
    }

    /**
     * Reads the folder again: a key dropped in is used (the highest id for writing), a key file removed is no longer
     * known. A folder that has lost every key keeps the keys already read, so the hub goes on writing.
     */
    public synchronized void rescan() {
        NavigableMap<Integer, Key> found = new TreeMap<>();
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Matcher name = NAME.matcher(file.getFileName().toString());
                        if (name.matches()) {
                            Key earlier = found.put(Integer.parseInt(name.group(1)), new Key(file, read(file)));
                            if (earlier != null) {
                                throw new IllegalStateException("two files hold data key " + name.group(1) + ": "
                                        + earlier.file() + " and " + file);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data key folder " + folder, e);
        }
        if (found.isEmpty() && !keys.isEmpty()) {
            LOG.error("the data key folder {} holds no key any more; keeping the {} keys read before", folder,
                    keys.size());
            return;
        }
        if (!found.keySet().equals(keys.keySet()) && !found.isEmpty()) {
            LOG.info("data keys in {}: {} (new values under key {})", folder, found.keySet(), found.lastKey());
        }
        keys = Collections.unmodifiableNavigableMap(found);
    }

    /**
     * Adds a key with the next id (a rotation): new values are written under it from now on. When another hub made
     * that id at the same moment, its key is used.
     */
    public synchronized int rotate() {
        rescan();
        int id = keys.isEmpty() ? 1 : keys.lastKey() + 1;
        create(id);
        rescan();
        return newest();
    }

    private void create(int id) {
        Path file = folder.resolve(fileName(id));
        try {
            SecretFiles.createPrivate(file, HexFormat.of().formatHex(SecretFiles.randomBytes(32)));
            LOG.info("data key {} created in {}", id, file);
        } catch (FileAlreadyExistsException raced) {
            // made by another hub in the meantime: theirs is read
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data key " + file + " (is the key folder writable? "
                    + "A mounted, read-only folder needs its keys put there by the operator)", e);
        }
    }

    private static SecretKey read(Path file) throws IOException {
        String hex = Files.readString(file, StandardCharsets.US_ASCII).trim();
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the data key " + file + " is not 64 hex digits", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("the data key " + file + " must hold 32 bytes (64 hex digits), not "
                    + bytes.length);
        }
        warnWhenOthersCanRead(file);
        return new SecretKeySpec(bytes, "AES");
    }

    private static void warnWhenOthersCanRead(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("the data key {} can be read by other users than the hub's; make it 0600", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }

    /** For diagnostics: the key ids and their files. */
    public Map<Integer, Path> files() {
        Map<Integer, Path> files = new TreeMap<>();
        keys.forEach((id, key) -> files.put(id, key.file()));
        return files;
    }
}
