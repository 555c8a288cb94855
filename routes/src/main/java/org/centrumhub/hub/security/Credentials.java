package org.centrumhub.hub.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.utils.DefaultSensitiveStringCodec;
import org.apache.activemq.artemis.utils.PasswordMaskingUtil;

/**
 * The credentials of everyone who logs in to the hub, in {@code <data dir>/credentials/}:
 * <ul>
 *   <li>{@code parties.properties}: {@code code=password} per registered party, generated on first start (and for
 *   every party registered later), to hand to each party; 0600, never logged;</li>
 *   <li>{@code operators.properties}: {@code operator=password}, generated the same way;</li>
 *   <li>{@code users.properties} and {@code roles.properties}: what the broker and the HTTP API check logins against,
 *   with salted hashes only (Artemis' PBKDF2 {@code ENC(...)} form, read by its {@code PropertiesLoginModule}) and each
 *   login's roles: its own code, {@code provider} or {@code municipality}, {@code operator}, {@code hub};</li>
 *   <li>{@code certificate-users.properties}: for client certificates, {@code code=<subject DN>}; kept by operators.</li>
 * </ul>
 * The hub's own login (its in-VM connection to the embedded broker) gets a new random password on every start that
 * exists only in memory and as a hash.
 * <p>
 * Several hub nodes share one data folder, so these files: each change to them is made under a lock on
 * {@code credentials/.lock}, so two nodes starting at once on a new folder generate one set of passwords, not two
 * that overwrite each other.
 */
public final class Credentials {
    public static final String HUB = "hub";
    public static final String OPERATOR = "operator";
    public static final String PROVIDER_ROLE = "provider";
    public static final String MUNICIPALITY_ROLE = "municipality";

    private final Path folder;
    private final String hubPassword = SecretFiles.password();

    private Credentials(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The credentials folder of a data folder. */
    public static Path folderOf(Path dataDir) {
        return dataDir.resolve("credentials").toAbsolutePath();
    }

    /**
     * Makes sure every party and the operator have a password and writes the login store for them. Returns what was
     * generated, so the caller can say where it is (never what it is).
     */
    public static Credentials prepare(Path dataDir, Collection<String> providers, Collection<String> municipalities,
                                      Generated generated) {
        return exclusively(folderOf(dataDir), () -> prepareLocked(dataDir, providers, municipalities, generated));
    }

    private static Credentials prepareLocked(Path dataDir, Collection<String> providers,
                                             Collection<String> municipalities, Generated generated) {
        Credentials credentials = new Credentials(folderOf(dataDir));
        Map<String, String> parties = credentials.read(credentials.partiesFile());
        int before = parties.size();
        for (String code : providers) {
            parties.computeIfAbsent(code, c -> SecretFiles.password());
        }
        for (String code : municipalities) {
            parties.computeIfAbsent(code, c -> SecretFiles.password());
        }
        if (parties.size() != before) {
            credentials.write(credentials.partiesFile(), parties,
                    "Broker and HTTP credentials of the registered parties: code=password. Hand each party its own.");
        }
        Map<String, String> operators = credentials.read(credentials.operatorsFile());
        boolean newOperator = !operators.containsKey(OPERATOR);
        if (newOperator) {
            operators.put(OPERATOR, SecretFiles.password());
            credentials.write(credentials.operatorsFile(), operators,
                    "Operator logins (Hawtio, Jolokia, /metrics, the dead-letter and admin APIs): user=password");
        }
        credentials.writeLoginStore(parties, operators, providers, municipalities);
        if (!Files.exists(credentials.certificateUsersFile())) {
            credentials.write(credentials.certificateUsersFile(), Map.of(), "Client certificates: code=<subject DN "
                    + "of the party's certificate, as Java prints it>, e.g. 12345678=CN\\=12345678, O\\=Jeugdzorg Proef, "
                    + "C\\=NL (or a /regular expression/)");
        }
        generated.report(parties.size() - before, newOperator);
        return credentials;
    }

    /** Told how many party passwords and whether an operator password were generated by this start. */
    @FunctionalInterface
    public interface Generated {
        void report(int parties, boolean operator);
    }

    /**
     * A new password for a party or operator: written to its plaintext file and, hashed, to the login store, which
     * the broker and the HTTP API re-read when it changes (a running hub takes it without a restart). Connections
     * already open stay open until they close. Returns the file that holds the new password.
     */
    public static Path rotate(Path dataDir, String user) {
        return exclusively(folderOf(dataDir), () -> rotateLocked(dataDir, user));
    }

    private static Path rotateLocked(Path dataDir, String user) {
        Credentials credentials = new Credentials(folderOf(dataDir));
        Path plain = OPERATOR.equals(user) ? credentials.operatorsFile() : credentials.partiesFile();
        Map<String, String> passwords = credentials.read(plain);
        if (!passwords.containsKey(user)) {
            throw new IllegalArgumentException("no login '" + user + "' in " + plain);
        }
        String password = SecretFiles.password();
        passwords.put(user, password);
        credentials.write(plain, passwords, OPERATOR.equals(user)
                ? "Operator logins (Hawtio, Jolokia, /metrics, the dead-letter and admin APIs): user=password"
                : "Broker and HTTP credentials of the registered parties: code=password. Hand each party its own.");
        Map<String, String> users = credentials.read(credentials.usersFile());
        users.put(user, hash(password));
        credentials.write(credentials.usersFile(), users, "Login store: user=salted hash. Generated by the hub.");
        return plain;
    }

    /**
     * Runs {@code change} holding the credentials folder's lock file: other hub processes on the same folder wait
     * (an operating-system lock, released when the process dies); other threads of this one wait on the class.
     */
    private static <T> T exclusively(Path folder, Supplier<T> change) {
        synchronized (Credentials.class) {
            try {
                SecretFiles.createPrivateDirectories(folder);
                Path lockFile = folder.resolve(".lock");
                try {
                    SecretFiles.createPrivate(lockFile, "");
                } catch (FileAlreadyExistsException exists) {
                    // made by an earlier start or another node
                }
                try (FileChannel channel = FileChannel.open(lockFile,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    return change.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the credentials folder " + folder, e);
            }
        }
    }

    private void writeLoginStore(Map<String, String> parties, Map<String, String> operators,
                                 Collection<String> providers, Collection<String> municipalities) {
        Map<String, String> users = new TreeMap<>();
        Map<String, String> existing = read(usersFile());
        Map<String, String> checked = read(fingerprintsFile());
        Map<String, String> fingerprints = new TreeMap<>();
        Map<String, String> logins = new TreeMap<>(parties);
        logins.putAll(operators);
        logins.forEach((user, password) -> {
            String hash = existing.get(user);
            if (hash == null || !fingerprint(user, password, hash).equals(checked.get(user))) {
                hash = reuseOrHash(hash, password);
            }
            users.put(user, hash);
            fingerprints.put(user, fingerprint(user, password, hash));
        });
        users.put(HUB, hash(hubPassword));
        write(usersFile(), users, "Login store: user=salted hash. Generated by the hub at every start.");
        write(fingerprintsFile(), fingerprints, "user=SHA-256 of user, password and its hash in users.properties, "
                + "so a start need not check every hash again. Generated by the hub at every start.");

        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(HUB, HUB);
        roles.put(OPERATOR, String.join(",", operators.keySet()));
        roles.put(PROVIDER_ROLE, providers.stream().sorted().collect(Collectors.joining(",")));
        roles.put(MUNICIPALITY_ROLE, municipalities.stream().sorted().collect(Collectors.joining(",")));
        providers.forEach(code -> roles.put(code, code));
        municipalities.forEach(code -> roles.put(code, code));
        write(rolesFile(), roles, "Roles: role=users. Generated by the hub at every start.");
    }

    /**
     * What says that a login's hash was made from its password, cheaply: checking a PBKDF2 hash takes as long as
     * making one (about a millisecond), which for thousands of parties made every start seconds longer. A fast digest
     * tells nothing that the plaintext file beside it does not (same folder, same 0600), and a password changed by
     * hand or a hash changed by a rotation no longer matches it, so the hash is checked (and if need be made) again.
     */
    private static String fingerprint(String user, String password, String hash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((user + '\n' + password + '\n' + hash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }

    /** An existing hash is kept when it still matches (a PBKDF2 hash takes time and its salt should not churn). */
    private static String reuseOrHash(String existing, String password) {
        if (existing != null && PasswordMaskingUtil.isEncMasked(existing)
                && PasswordMaskingUtil.getHashProcessor(existing).compare(password.toCharArray(), existing)) {
            return existing;
        }
        return hash(password);
    }

    /** Artemis' one-way PBKDF2 with a random salt, in the {@code ENC(iterations:salt:hash)} form it verifies. */
    static String hash(String password) {
        try {
            DefaultSensitiveStringCodec codec = new DefaultSensitiveStringCodec();
            codec.init(Map.of(DefaultSensitiveStringCodec.ALGORITHM, DefaultSensitiveStringCodec.ONE_WAY));
            return PasswordMaskingUtil.wrap(codec.encode(password));
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash a password: " + e.getMessage(), e);
        }
    }

    public String hubPassword() {
        return hubPassword;
    }

    public Path folder() {
        return folder;
    }

    public Path partiesFile() {
        return folder.resolve("parties.properties");
    }

    public Path operatorsFile() {
        return folder.resolve("operators.properties");
    }

    public Path usersFile() {
        return folder.resolve("users.properties");
    }

    /** Fingerprints of the login store's entries ({@link #fingerprint}); only the hub reads them. */
    Path fingerprintsFile() {
        return folder.resolve("users.fingerprints");
    }

    public Path rolesFile() {
        return folder.resolve("roles.properties");
    }

    public Path certificateUsersFile() {
        return folder.resolve("certificate-users.properties");
    }

    /** The password of a party or operator from its plaintext file (for the hub's own tools and tests). */
    public static String passwordOf(Path dataDir, String user) {
        Credentials credentials = new Credentials(folderOf(dataDir));
        String password = credentials.read(OPERATOR.equals(user) ? credentials.operatorsFile()
                : credentials.partiesFile()).get(user);
        if (password == null) {
            throw new IllegalArgumentException("no password for '" + user + "' under " + credentials.folder);
        }
        return password;
    }

    private Map<String, String> read(Path file) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name)));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(Path file, Map<String, String> entries, String comment) {
        StringWriter text = new StringWriter();
        text.append("# ").append(comment).append('\n');
        entries.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
        SecretFiles.replace(file, text.toString());
    }

    /** The few characters java.util.Properties reads specially; codes, passwords, hashes and DNs need no more. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=").replace("#", "\\#")
                .replace("!", "\\!");
    }
}
